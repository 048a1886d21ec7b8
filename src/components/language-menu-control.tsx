import '@/components/styles/floating';
import '@mantine/core/styles/Menu.layer.css';
import { ActionIcon, Menu, Tooltip } from '@mantine/core';
import { IconCheck, IconLanguage } from '@tabler/icons-react';
import { languages, useTranslation } from '@/i18n';
import { useLanguage } from './use-language';

/** Tiếng Việt / English, remembered in this browser. Each language is named in itself. */
export function LanguageMenuControl({ defaultOpened = false }: { defaultOpened?: boolean }) {
  const { t } = useTranslation('common');
  const [language, setLanguage] = useLanguage();
  return (
    <Menu position="bottom-end" width={180} defaultOpened={defaultOpened}>
      <Menu.Target>
        <Tooltip label={t('header.language')} openDelay={400}>
          <ActionIcon variant="default" size="lg" aria-label={t('header.language')}>
            <IconLanguage size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
      </Menu.Target>
      <Menu.Dropdown>
        {languages.map((lang) => (
          <Menu.Item
            key={lang}
            lang={lang}
            onClick={() => void setLanguage(lang)}
            aria-current={lang === language ? 'true' : undefined}
            rightSection={lang === language ? <IconCheck size={14} aria-hidden /> : null}
          >
            {t(`languages.${lang}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
