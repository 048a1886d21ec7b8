import { useTranslation } from '@/i18n';
import { PageLoader } from '@/components/page-loader';

/** While the first page's code downloads. */
export function AppLoading() {
  const { t } = useTranslation('common');
  return <PageLoader label={t('loading')} />;
}
