/** What the fake network answers for one request. */
export interface RoutedResponse {
  /** HTTP status. */
  status: number;
  /** Response body (HTML for served pages). */
  body: string;
}

/**
 * The e2e network: the pages a test serves at their real URLs, a 404 for every other http(s) URL, and a log of
 * every request, so a test can assert the extension fetched nothing of its own. Nothing reaches the real network.
 */
export class Router {
  /** Every http(s) URL requested, in order. */
  readonly requests: string[] = [];
  private readonly routes = new Map<string, string>();

  /** Adds pages to serve, keyed by exact URL. */
  serve(routes: Record<string, string>): void {
    for (const [url, html] of Object.entries(routes)) this.routes.set(url, html);
  }

  /** True for URLs the router answers (http and https); others (extension pages, data:) pass through. */
  handles(url: string): boolean {
    return /^https?:/i.test(url);
  }

  /** Records the request and returns what to answer. */
  answer(url: string): RoutedResponse {
    this.requests.push(url);
    const html = this.routes.get(url);
    return html === undefined ? { status: 404, body: 'not served by the e2e router' } : { status: 200, body: html };
  }
}

/** Headers of every routed response. */
export const HTML_HEADERS = { 'content-type': 'text/html; charset=utf-8' };
