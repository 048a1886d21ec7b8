import { notifications } from '@mantine/notifications';

/** Failures stay until read: a moderator working fast must not miss a decision that did not stick. */
export function notifyProblem(title: string, message: string, color: 'red' | 'yellow') {
  notifications.show({ title, message, color, autoClose: 10_000, withBorder: true });
}
