import { useNotifications } from '@mantine/notifications';
import { whenNeeded } from '@/components/on-demand/when-needed';

const NotificationsHost = whenNeeded(async () => (await import('./notifications-host')).default);

/**
 * Mantine's toast container (with its transitions and styles) loads with the first toast, not with
 * the first screen: `notifications.show()` only fills the store, which the container renders once here.
 */
export function NotificationsOnDemand() {
  const { notifications, queue } = useNotifications();
  return <NotificationsHost needed={notifications.length + queue.length > 0} />;
}
