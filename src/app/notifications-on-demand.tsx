import { useNotifications } from '@mantine/notifications';
import { lazy, Suspense, useEffect, useState } from 'react';
import { whenIdle } from '@/components/when-idle';

const loadHost = () => import('./notifications-host');
const NotificationsHost = lazy(loadHost);

/**
 * Mantine's toast container (with its transitions and styles) loads with the first toast, not with
 * the first screen: `notifications.show()` only fills the store, which the container renders once here.
 */
export function NotificationsOnDemand() {
  const { notifications, queue } = useNotifications();
  const [needed, setNeeded] = useState(false);
  // Fetched once the first screen is idle: the toast that says a save failed must not itself wait
  // for a download, least of all when the network has just dropped.
  useEffect(() => whenIdle(() => void loadHost().catch(() => undefined), { timeout: 5000, fallback: 2000 }), []);
  if (!needed && notifications.length + queue.length > 0) setNeeded(true);
  if (!needed) return null;
  return (
    <Suspense fallback={null}>
      <NotificationsHost />
    </Suspense>
  );
}
