import { onDemand, type DemandProps } from '@/components/on-demand/on-demand';
import { BellButton } from './bell-button';
import { useAppNotifications } from './use-app-notifications';

function BellTrigger(demand: DemandProps) {
  const { notifications } = useAppNotifications();
  return <BellButton count={notifications.length} button={demand} />;
}

/** The header's bell: how many things happened since the person last looked; the list loads on first open. */
export const NotificationsBell = onDemand(async () => (await import('./notifications-panel')).NotificationsPanel, BellTrigger, 'dialog');
