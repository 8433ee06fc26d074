/** Opens the presenter view: this page with `?presenter`, in its own window (for the laptop's screen). */
export function presenterUrl(location: Pick<Location, 'origin' | 'pathname'>): string {
  return `${location.origin}${location.pathname}?presenter`;
}

export function openPresenterView(win: Window): void {
  win.open(presenterUrl(win.location), 'pipeline-lab-presenter', 'popup,width=960,height=720');
}

/** True when this window is the presenter view. */
export const isPresenterView = (search: string): boolean => new URLSearchParams(search).has('presenter');
