import '@/app/mantine-styles';
import { createRoot } from 'react-dom/client';
import { start } from '@/app/bootstrap';
import { applyStoredColorScheme } from '@/app/theme';

applyStoredColorScheme();
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
void start(createRoot(container));
