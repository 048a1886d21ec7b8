import { Stack, Title } from '@mantine/core';
import { useTranslation } from '@/i18n';
import { useApi } from '@/api/react';
import { useCurrentUser } from '@/api/session';
import { AfterFirstPaint } from '@/components/after-first-paint';
import { PageHeader } from '@/components/page-header';
import { canModerate, isEditorInChief, isReporter } from '@/domain';
import { EditorSection } from './editor-section';
import { ModeratorSection } from './moderator-section';
import { ReporterSection } from './reporter-section';

/** `/`: what needs the signed-in person's attention, one section per role they hold. */
export function DashboardPage() {
  const { t } = useTranslation('dashboard');
  const api = useApi();
  const user = useCurrentUser();
  const sections = [
    isReporter(user) && { id: 'reporter', title: t('reporter.heading'), node: <ReporterSection user={user} statuses={api.capabilities.statuses} /> },
    isEditorInChief(user) && { id: 'editor', title: t('editor.heading'), node: <EditorSection statuses={api.capabilities.statuses} /> },
    canModerate(user) && { id: 'moderator', title: t('moderator.heading'), node: <ModeratorSection /> },
  ].filter((s) => s !== false);

  return (
    <Stack gap="xl">
      <PageHeader title={t('title')} description={t('greeting', { name: user.name })} />
      {/* The panels render in a second, interruptible pass, all in one commit (so nothing already on
          screen moves): the first paint of the shell and the heading is not held up by them. */}
      <AfterFirstPaint>
        {sections.map((s) => (
          <Stack key={s.id} gap="sm">
            <Title order={2} size="h4">
              {s.title}
            </Title>
            {s.node}
          </Stack>
        ))}
      </AfterFirstPaint>
    </Stack>
  );
}
