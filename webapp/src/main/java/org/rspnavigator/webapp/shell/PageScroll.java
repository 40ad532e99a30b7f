package org.rspnavigator.webapp.shell;

import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.router.NavigationTrigger;

/**
 * Where the page stands after a navigation. The views change without the browser loading a page,
 * so the browser keeps the scroll position of the view that was left: a standard opened from the
 * bottom of the portfolio would open near its own bottom. Here a new view starts at its top (or
 * at the element a {@code #fragment} names); Back and Forward, and a reload, return to where that
 * address was left, which the page remembers per address for the tab ({@code sessionStorage}).
 * A change of query parameters on the same path (a filter, a tab) keeps the position.
 */
final class PageScroll {

    /** Installed once per page: remembers the position of each address and takes over from the browser. */
    private static final String INSTALL = """
            if (!window.rspPageScroll) {
              const key = () => 'rsp-scroll:' + location.pathname + location.search;
              window.addEventListener('scroll', () => {
                if (window.rspPageScroll.quiet) { return; }
                /* Written at once (scroll events come at most once a frame): a write put off until later
                   could run after a link has opened the next view, and record its position instead. */
                try { sessionStorage.setItem(key(), String(Math.round(window.scrollY))); } catch (e) { }
              }, { passive: true });
              /* Where a click left the page: the view it opens shortens the page while the old address
                 still shows, and the scroll that makes would be recorded as where the old view was left. */
              document.addEventListener('click', () => {
                window.rspPageScroll.left = { k: key(), y: String(Math.round(window.scrollY)), t: Date.now() };
              }, true);
              if ('scrollRestoration' in history) { history.scrollRestoration = 'manual'; }
              window.rspPageScroll = {
                path: null,
                quiet: false,
                left: null,
                saved() {
                  try { return Number(sessionStorage.getItem(key()) || 0); } catch (e) { return 0; }
                },
                /* Tries again while the view is still being laid out (web components render late; on a busy
                   machine the new address can take a few seconds to be written): up to about 3 s. */
                until(step) {
                  let tries = 0;
                  const run = () => { if (!step() && tries++ < 75) { setTimeout(run, 40); } };
                  requestAnimationFrame(run);
                },
                /* Scrolls without recording it: the address may not have changed yet. */
                scroll(y) {
                  this.quiet = true;
                  clearTimeout(this.quietTimer);
                  window.scrollTo(0, y);
                  this.quietTimer = setTimeout(() => { this.quiet = false; }, 400);
                },
                after(path, restore) {
                  const samePath = this.path === path;
                  this.path = path;
                  this.until(() => {
                    /* A link's new address is written after the view is in place; wait for it to see its #fragment. */
                    let arrived;
                    try { arrived = decodeURI(location.pathname) === path; } catch (e) { arrived = true; }
                    if (!arrived) {
                      if (!restore && !samePath) { this.scroll(0); }
                      return false;
                    }
                    if (this.left && this.left.k !== key() && Date.now() - this.left.t < 10000) {
                      try { sessionStorage.setItem(this.left.k, this.left.y); } catch (e) { }
                    }
                    this.left = null;
                    if (location.hash.length > 1) {
                      const target = document.getElementById(decodeURIComponent(location.hash.substring(1)));
                      if (target) { target.scrollIntoView(); }
                      return !!target;
                    }
                    if (restore) {
                      const y = this.saved();
                      this.scroll(y);
                      return Math.abs(window.scrollY - y) < 2;
                    }
                    if (!samePath) { this.scroll(0); }
                    return true;
                  });
                }
              };
            }
            window.rspPageScroll.after($0, $1);
            """;

    private PageScroll() {
    }

    /** After the view of a navigation is in place: top, fragment or the remembered position. */
    static void afterNavigation(Page page, String path, NavigationTrigger trigger) {
        boolean restore = trigger == NavigationTrigger.HISTORY || trigger == NavigationTrigger.PAGE_LOAD;
        page.executeJs(INSTALL, "/" + path, restore);
    }
}
