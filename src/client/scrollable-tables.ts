import type {ClientModule} from '@docusaurus/types';

/**
 * A wide Markdown table or Mermaid diagram scrolls sideways inside the page; a keyboard user can scroll it only if
 * it can take focus (WCAG 2.1.1, axe-core's scrollable-region-focusable). Code blocks already can; these get the same.
 */
const scrollables = '.markdown table, .docusaurus-mermaid-container';

function makeFocusableIfScrollable(element: Element): void {
  if (element instanceof HTMLElement && element.scrollWidth > element.clientWidth && !element.hasAttribute('tabindex')) element.tabIndex = 0;
}

// Mermaid draws a diagram after the page has rendered, and whether it overflows depends on the viewport: a
// ResizeObserver reports each element when observed and whenever its size changes; a MutationObserver finds the
// diagrams that appear later.
let resizes: ResizeObserver | undefined;

function watch(root: ParentNode): void {
  root.querySelectorAll(scrollables).forEach((element) => resizes?.observe(element));
}

function startWatching(): void {
  if (resizes) return;
  resizes = new ResizeObserver((entries) => entries.forEach((entry) => makeFocusableIfScrollable(entry.target)));
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      mutation.addedNodes.forEach((node) => {
        if (!(node instanceof Element)) return;
        if (node.matches(scrollables)) resizes?.observe(node);
        watch(node);
      });
    }
  }).observe(document.body, {childList: true, subtree: true});
}

const module: ClientModule = {
  onRouteDidUpdate() {
    startWatching();
    // After the new page has rendered.
    window.requestAnimationFrame(() => watch(document));
  },
};

export default module;
