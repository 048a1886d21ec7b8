import { Text, Tooltip, type TextProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTimeVN } from '@/domain';
import { formatRelative } from './format-relative';

/** Relative for scanning (`3 giờ trước`), the exact Vietnam time on hover for checking. */
export function RelativeTime({ value, ...textProps }: { value: string } & TextProps) {
  const { i18n } = useTranslation();
  const absolute = formatDateTimeVN(value);
  return (
    <Tooltip label={absolute} withArrow openDelay={200}>
      <Text component="time" dateTime={value} size="sm" {...textProps}>
        {formatRelative(value, i18n.language)}
      </Text>
    </Tooltip>
  );
}
