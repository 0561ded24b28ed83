// Keeps one failing part of the page from taking the rest down: if what it wraps throws while
// rendering (or its lazily loaded code fails), it shows what failed and a button to try again.
import { Component, type ErrorInfo, type ReactNode } from "react";

interface ErrorBoundaryProps {
  // What failed, for the message: "the Timeline view", "the filters".
  label: string;
  children: ReactNode;
  // Called before a retry, so a caller can replace a lazily loaded part whose load failed
  // (React.lazy remembers a failed load forever).
  onReload?: () => void;
}

interface ErrorBoundaryState {
  error: Error | null;
}

// Error boundaries can only be classes in React 19.
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: unknown, info: ErrorInfo): void {
    // React logs the error itself; the component stack is the part worth keeping.
    console.error(`${this.props.label} failed`, error, info.componentStack);
  }

  private reload = () => {
    this.props.onReload?.();
    this.setState({ error: null });
  };

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="error-boundary" role="alert">
        <p>
          Something went wrong in {this.props.label}, so it cannot be shown. The rest of Parley
          still works.
        </p>
        <p className="hint">Details: {error.message}</p>
        <button type="button" onClick={this.reload}>
          Reload view
        </button>
      </div>
    );
  }
}
