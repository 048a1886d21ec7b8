import { Text, type TextProps } from '@mantine/core';
import { useTranslation } from '@/i18n';
import { formatDateTimeVN } from '@/domain';
import { formatRelative } from './format-relative';
import { useHint } from './on-demand/use-hint';

/** Relative for scanning (`3 giờ trước`), the exact Vietnam time on hover for checking. */
export function RelativeTime({ value, ...textProps }: { value: string } & TextProps) {
  const { i18n } = useTranslation();
  const { triggerProps, hint } = useHint<HTMLTimeElement>(() => formatDateTimeVN(value), { openDelay: 200, withArrow: true });
  return (
    <>
      <Text component="time" dateTime={value} size="sm" {...textProps} {...triggerProps}>
        {formatRelative(value, i18n.language)}
      </Text>
      {hint}
    </>
  );
}
