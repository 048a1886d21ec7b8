import { Center, Loader, Stack, Text } from '@mantine/core';

/** A centred spinner with a spoken label, for whole-page waits. */
export function PageLoader({ label }: { label: string }) {
  return (
    <Center mih="40vh" role="status" aria-live="polite">
      <Stack align="center" gap="xs">
        <Loader aria-hidden />
        <Text size="sm" c="dimmed">
          {label}
        </Text>
      </Stack>
    </Center>
  );
}
