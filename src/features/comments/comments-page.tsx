import { Tabs } from '@mantine/core';
import { IconClipboardList, IconListCheck, IconMessages } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import { useTranslation } from '@/i18n';
import { PageHeader } from '@/components/page-header';
import { AuditLog } from './audit/audit-log';
import { ModerationQueue } from './queue/moderation-queue';
import { RulesEditor } from './rules/rules-editor';

const VIEWS = ['queue', 'audit', 'rules'] as const;
type View = (typeof VIEWS)[number];

/** `/comments`: the moderation queues, the audit log and the word rules. */
export function CommentsPage() {
  const { t } = useTranslation('comments');
  const [search, setSearch] = useSearchParams();
  const view: View = (VIEWS as readonly string[]).includes(search.get('view') ?? '') ? (search.get('view') as View) : 'queue';
  const go = (next: string | null) =>
    setSearch(() => {
      const params = new URLSearchParams();
      if (next && next !== 'queue') params.set('view', next);
      return params;
    });

  return (
    <>
      <PageHeader title={t('page.title')} description={t('page.description')} />
      <Tabs value={view} onChange={go} variant="pills" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="queue" leftSection={<IconMessages size={16} aria-hidden />}>
            {t('page.queue')}
          </Tabs.Tab>
          <Tabs.Tab value="audit" leftSection={<IconClipboardList size={16} aria-hidden />}>
            {t('page.audit')}
          </Tabs.Tab>
          <Tabs.Tab value="rules" leftSection={<IconListCheck size={16} aria-hidden />}>
            {t('page.rules')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="queue">
          <ModerationQueue />
        </Tabs.Panel>
        <Tabs.Panel value="audit">
          <AuditLog />
        </Tabs.Panel>
        <Tabs.Panel value="rules">
          <RulesEditor />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
