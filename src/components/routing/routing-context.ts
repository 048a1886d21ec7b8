import { createContext } from 'react';
import type { Location } from 'react-router';
import type { GuardedHistory } from './guarded-history';

/** The app's history, for the pieces that hold navigations back (`useLeaveBlocker`). */
export const HistoryContext = createContext<GuardedHistory | null>(null);

/** Where a navigation still rendering (or waiting for code) is going; null when none is. */
export const NextLocationContext = createContext<Location | null>(null);
