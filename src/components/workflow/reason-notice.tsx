import { Alert, Badge, Group, Stack, Text } from '@mantine/core';
import { IconMessageReport } from '@tabler/icons-react';
import { useTranslation } from '@/i18n';
import { formatDateTimeVN, type ArticleSummary } from '@/domain';
import { useUserNames } from './use-user-names';

/** Why the article came back (or was taken down): the codes to scan and the editor's own words. */
export function ReasonNotice({ article }: { article: Pick<ArticleSummary, 'status' | 'lastReason'> }) {
  const reason = article.lastReason;
  if (!reason || (article.status !== 'changes_requested' && article.status !== 'unpublished')) return null;
  // Only when there is one: the notice asks for the users' names, which its hosts may not need.
  return <ReasonAlert status={article.status} reason={reason} />;
}

type Reason = NonNullable<ArticleSummary['lastReason']>;

function ReasonAlert({ status, reason }: { status: 'changes_requested' | 'unpublished'; reason: Reason }) {
  const { t } = useTranslation('review');
  const nameOf = useUserNames();
  return (
    <Alert
      color={status === 'unpublished' ? 'red' : 'orange'}
      variant="light"
      icon={<IconMessageReport size={20} aria-hidden />}
      title={t(`reasonNotice.${status}`)}
    >
      <Stack gap={6}>
        {reason.codes.length > 0 && (
          <Group gap={6} role="group" aria-label={t('reasonNotice.codes')}>
            {reason.codes.map((code) => (
              <Badge key={code} color="orange" variant="outline" radius="sm" style={{ textTransform: 'none' }}>
                {t(`articles:reasons.${code}`, { defaultValue: code })}
              </Badge>
            ))}
          </Group>
        )}
        {reason.text && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {reason.text}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {t('reasonNotice.by', { name: nameOf(reason.by), time: formatDateTimeVN(reason.at) })}
        </Text>
      </Stack>
    </Alert>
  );
}
