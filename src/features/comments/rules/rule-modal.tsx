import { Button, Group, Modal, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from '@/i18n';
import { moderationRuleSchema, type ModerationRule } from '@/domain';
import { RulePreview } from './rule-preview';

export type RuleModalProps = {
  /** The rule being edited, or a fresh one to add. */
  rule: ModerationRule | null;
  isNew: boolean;
  /** Another rule with the same words (case and spacing aside), if any. */
  duplicateOf: (term: string, id: string) => ModerationRule | undefined;
  saving: boolean;
  onSave: (rule: ModerationRule) => void;
  onClose: () => void;
};

export function RuleModal({ rule, isNew, duplicateOf, saving, onSave, onClose }: RuleModalProps) {
  const { t } = useTranslation('comments');
  return (
    <Modal opened={rule !== null} onClose={onClose} title={t(isNew ? 'rules.addTitle' : 'rules.editTitle')} size="lg">
      {rule && <RuleForm key={rule.id} initial={rule} duplicateOf={duplicateOf} saving={saving} onSave={onSave} onCancel={onClose} />}
    </Modal>
  );
}

function RuleForm({ initial, duplicateOf, saving, onSave, onCancel }: { initial: ModerationRule; duplicateOf: RuleModalProps['duplicateOf']; saving: boolean; onSave: (r: ModerationRule) => void; onCancel: () => void }) {
  const { t } = useTranslation(['comments', 'validation']);
  const [draft, setDraft] = useState(initial);
  const [touched, setTouched] = useState(false);
  const parsed = moderationRuleSchema.safeParse(draft);
  const duplicate = parsed.success ? duplicateOf(parsed.data.term, draft.id) : undefined;
  const error = !touched ? undefined : !parsed.success ? t('validation:required') : duplicate ? t('comments:rules.duplicate', { term: duplicate.term }) : undefined;

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setTouched(true);
        if (parsed.success && !duplicate) onSave(parsed.data);
      }}
    >
      <Stack gap="sm">
        <TextInput
          label={t('comments:rules.term')}
          description={t('comments:rules.termHint')}
          value={draft.term}
          onChange={(e) => setDraft({ ...draft, term: e.currentTarget.value })}
          onBlur={() => setTouched(true)}
          error={error}
          data-autofocus
        />
        <div>
          <Text size="sm" fw={500} mb={4} id="rule-severity-label">
            {t('comments:rules.severity')}
          </Text>
          <SegmentedControl
            aria-labelledby="rule-severity-label"
            value={draft.severity}
            onChange={(v) => setDraft({ ...draft, severity: v as ModerationRule['severity'] })}
            data={[
              { value: 'suspect', label: t('comments:severity.suspect') },
              { value: 'block', label: t('comments:severity.block') },
            ]}
          />
          <Text size="xs" c="dimmed" mt={4}>
            {t(`comments:rules.severityHint.${draft.severity}`)}
          </Text>
        </div>
        <Text size="sm" fw={500}>
          {t('comments:rules.preview')}
        </Text>
        <RulePreview rule={draft} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('comments:rules.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {t('comments:rules.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
