import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** what the fallback calls the broken part, e.g. "The map" */
  label?: string;
}
interface State {
  error: Error | null;
}

/** Keeps one broken part from blanking the page; the message is rendered as text. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn('UI error caught by boundary', error, info.componentStack);
  }

  override render() {
    if (this.state.error) {
      return (
        <div role="alert" className="error-box">
          <p>
            <strong>{this.props.label ?? 'This part of the dashboard'} could not be shown.</strong>
          </p>
          <p>{this.state.error.message}</p>
          <button type="button" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
        </div>
      );
    }
    return this.props.children;
  }
}
