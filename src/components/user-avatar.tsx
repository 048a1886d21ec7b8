import { Avatar, type AvatarProps } from '@mantine/core';

/** Vietnamese names read family … given: "Nguyễn Thị Mai" → "NM", the way colleagues abbreviate. */
export function nameInitials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return '?';
  const first = words[0][0];
  const last = words.length > 1 ? words[words.length - 1][0] : '';
  return (first + last).toLocaleUpperCase('vi');
}

/** A person's initials on a colour derived from their name (stable across screens). */
export function UserAvatar({ name, ...props }: { name: string } & Omit<AvatarProps, 'name' | 'children'>) {
  return (
    // The name's colour tints the disc; the letters stay in the text colour, readable on every tint.
    <Avatar color="initials" name={name} radius="xl" aria-hidden styles={{ placeholder: { color: 'var(--mantine-color-text)' } }} {...props}>
      {nameInitials(name)}
    </Avatar>
  );
}
