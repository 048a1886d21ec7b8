import { Alert, Button, Group, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconPencil } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '@/i18n';
import { useParams } from 'react-router';
import { Link } from '@/components/routing/link';
import { isApiError } from '@/api/errors';
import { articleQueries } from '@/api/queries';
import { useApi } from '@/api/react';
import { PageLoader } from '@/components/page-loader';
import { QueryError } from '@/components/query-error';
import { PreviewFrame } from './preview/preview-frame';

/** `/articles/:id/preview`: the saved article as the portal will publish it. */
export function PreviewPage() {
  const { t } = useTranslation(['editor', 'common']);
  const { id = '' } = useParams();
  const api = useApi();
  const query = useQuery(articleQueries.detail(api, id));
  useDocumentTitle(`${t('preview.title')} · ${t('common:appName')}`);
  const article = query.data;
  return (
    <>
      <Group justify="space-between" mb="md">
        <Title order={1} fz="h2">
          {t('preview.title')}
        </Title>
        <Button component={Link} to={`/articles/${id}/edit`} variant="light" leftSection={<IconPencil size={16} aria-hidden />}>
          {t('preview.backToEditor')}
        </Button>
      </Group>
      {article ? (
        <PreviewFrame
          article={{ ...article, date: article.publishedAt ?? article.scheduledAt ?? article.updatedAt }}
          relatedIds={article.relatedIds}
        />
      ) : query.isError ? (
        isApiError(query.error) && query.error.kind === 'not_found' ? (
          <Alert color="red" role="alert">
            {t('page.notFound')}
          </Alert>
        ) : (
          <QueryError error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
        )
      ) : (
        <PageLoader label={t('common:loading')} />
      )}
    </>
  );
}
