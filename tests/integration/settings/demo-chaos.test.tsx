import { screen } from '@testing-library/react';
import { createChaosSwitch, DEMO_CHAOS_KEY } from '@/app/demo';
import { DemoChaosContext, type DemoChaosSwitch } from '@/components/demo-chaos';
import { DemoChaosBadge } from '@/components/demo-chaos-badge';
import { SettingsPage } from '@/features/settings/settings-page';
import { faults } from '@mocks/node';
import { renderApp, renderWithProviders } from '../../render';

const chaosLabel = 'Giả lập mạng chập chờn (máy chủ demo)';

/** The settings page and the header's badge, as the app wires them on the demo backend. */
function renderOnDemo(control: DemoChaosSwitch) {
  return renderWithProviders(
    <DemoChaosContext.Provider value={control}>
      <DemoChaosBadge />
      <SettingsPage />
    </DemoChaosContext.Provider>,
    { route: '/settings', user: 'reporter' },
  );
}

describe('the demo chaos switch', () => {
  it('turns the chaos profile on with a visible badge, survives a reload, and turns it off', async () => {
    const first = await renderOnDemo(createChaosSwitch(faults));
    const toggle = await screen.findByRole('switch', { name: chaosLabel });
    expect(toggle).not.toBeChecked();
    expect(toggle).toHaveAccessibleDescription(/cố ý trả lỗi 5xx/);
    expect(screen.queryByTestId('demo-chaos-badge')).not.toBeInTheDocument();

    await first.user.click(toggle);
    expect(toggle).toBeChecked();
    expect(faults.profile).toMatchObject({ enabled: true, preset: 'chaos', latencyMs: [0, 5000] });
    const seed = localStorage.getItem(DEMO_CHAOS_KEY);
    expect(seed).toBe(String(faults.profile.seed));
    expect(screen.getByTestId('demo-chaos-badge')).toHaveTextContent('Đang giả lập sự cố');
    first.unmount();

    // A reload: the demo server starts clean, and the stored choice switches it back on.
    faults.disable();
    const again = await renderOnDemo(createChaosSwitch(faults));
    expect(faults.profile).toMatchObject({ enabled: true, preset: 'chaos', seed: Number(seed) });
    const toggleAgain = await screen.findByRole('switch', { name: chaosLabel });
    expect(toggleAgain).toBeChecked();
    expect(screen.getByTestId('demo-chaos-badge')).toBeInTheDocument();

    await again.user.click(toggleAgain);
    expect(faults.profile.enabled).toBe(false);
    expect(localStorage.getItem(DEMO_CHAOS_KEY)).toBeNull();
    expect(screen.queryByTestId('demo-chaos-badge')).not.toBeInTheDocument();
  });

  it('is not offered when the app does not run on the demo backend', async () => {
    await renderApp({ route: '/settings', user: 'reporter' });
    await screen.findByRole('heading', { name: 'Cài đặt', level: 1 });
    expect(screen.queryByRole('switch', { name: chaosLabel })).not.toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Phím tắt một phím' })).toBeInTheDocument();
  });
});
