import { Component, type ErrorInfo, type ReactElement, type ReactNode } from 'react';
import { ErrorPanel } from './error-panel';

type Props = {
  children: ReactNode;
  /** When this changes (e.g. the location), a shown error is dropped and the children rendered again. */
  resetKey?: unknown;
  /** Called before re-rendering after "Thử lại", e.g. to reset failed queries. */
  onReset?: () => void;
  /** Places the error panel, e.g. in a page-wide container where no shell frames it. */
  frame?: (panel: ReactElement) => ReactNode;
};
type State = { error: unknown; failed: boolean; resetKey: unknown };

/** Keeps a crash inside one part of the screen: the rest of the app stays usable. */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null, failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error, failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (props.resetKey === state.resetKey) return null;
    return { resetKey: props.resetKey, error: null, failed: false };
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  private retry = () => {
    this.props.onReset?.();
    this.setState({ error: null, failed: false });
  };

  render() {
    if (!this.state.failed) return this.props.children;
    const panel = <ErrorPanel error={this.state.error} onRetry={this.retry} />;
    return this.props.frame ? this.props.frame(panel) : panel;
  }
}
