/**
 * Keeps a chart's failure inside its box. A lazy plot whose code cannot be
 * fetched (offline before the app was cached, a stale chunk after an update)
 * or a drawing that throws would otherwise unmount the whole app; here the box
 * says the chart is unavailable and the figure's table still has every number.
 */
import { Component, type ReactNode } from 'react';

interface State {
  readonly failed: boolean;
}

export class ChartBoundary extends Component<{ readonly children: ReactNode; readonly onError?: () => void }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.warn('A chart could not be drawn:', error);
    this.props.onError?.();
  }

  override render(): ReactNode {
    if (this.state.failed) {
      return <div className="chart-loading muted">This chart could not be drawn here; the table below has its numbers.</div>;
    }
    return this.props.children;
  }
}
