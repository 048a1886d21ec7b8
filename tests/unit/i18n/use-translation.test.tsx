import { act, render, screen } from '@testing-library/react';
import { memo } from 'react';
import { i18next, initI18n, useTranslation } from '@/i18n';

function Label({ ns }: { ns?: string | string[] }) {
  const { t, ready } = useTranslation(ns);
  return (
    <p>
      {t('loading')} · {t('common:actions.close')} · {String(ready)}
    </p>
  );
}

const Memoised = memo(function Memoised() {
  const { t } = useTranslation('common');
  return <span>{t('actions.close')}</span>;
});

describe('useTranslation', () => {
  beforeEach(async () => {
    initI18n('vi');
    await i18next.changeLanguage('vi');
  });
  afterAll(async () => {
    await i18next.changeLanguage('vi');
  });

  it('answers from the first namespace it names, and from the others by prefix', () => {
    render(<Label ns={['common', 'settings']} />);
    expect(screen.getByText('Đang tải… · Đóng · true')).toBeInTheDocument();
  });

  it('speaks the default namespace when given none', () => {
    render(<Label />);
    expect(screen.getByText('Đang tải… · Đóng · true')).toBeInTheDocument();
  });

  it('renders again in the new language, memoised components included', async () => {
    render(
      <>
        <Label ns="common" />
        <Memoised />
      </>,
    );
    await act(() => i18next.changeLanguage('en'));
    expect(screen.getByText('Loading… · Close · true')).toBeInTheDocument();
    expect(screen.getByText('Close')).toBeInTheDocument();
  });

  it('renders again when a catalog arrives', async () => {
    function Late() {
      const { t } = useTranslation(['common', 'late']);
      return <p>{t('late:greeting')}</p>;
    }
    render(<Late />);
    expect(screen.getByText('greeting')).toBeInTheDocument();
    await act(async () => {
      i18next.addResourceBundle('vi', 'late', { greeting: 'Xin chào' });
      i18next.emit('loaded', { vi: ['late'] });
    });
    expect(screen.getByText('Xin chào')).toBeInTheDocument();
    i18next.removeResourceBundle('vi', 'late');
  });
});
