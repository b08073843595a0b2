/**
 * Tappable checklists: keeps each checkbox's state in localStorage under the
 * page path and the item's key, restores it on load, counts the ticks, and
 * clears a list with its "清除勾选" button. Without storage (private mode,
 * blocked) the boxes still tick; they only forget on reload.
 */
import { tickStorageKey } from '../lib/handbook/checklist.ts';

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** Wires every `[data-checklist]` block under `root`. */
export function enhanceChecklists(root: ParentNode): void {
  const store = storage();
  const page = location.pathname;
  for (const block of root.querySelectorAll<HTMLElement>('[data-checklist]')) {
    const boxes = [...block.querySelectorAll<HTMLInputElement>('input[type="checkbox"][data-key]')];
    const count = block.querySelector<HTMLElement>('[data-checklist-count]');
    const reset = block.querySelector<HTMLButtonElement>('[data-checklist-reset]');
    const keyOf = (box: HTMLInputElement) => tickStorageKey(page, box.dataset.key!);
    const update = () => {
      const ticked = boxes.filter((b) => b.checked).length;
      if (count) count.textContent = `${count.dataset.prefix ?? ''} ${ticked} / ${boxes.length}`.trim();
      if (reset) reset.disabled = ticked === 0;
    };
    for (const box of boxes) {
      box.checked = store?.getItem(keyOf(box)) === '1';
      box.addEventListener('change', () => {
        try {
          if (box.checked) store?.setItem(keyOf(box), '1');
          else store?.removeItem(keyOf(box));
        } catch {
          // Storage full or blocked: the tick stays on screen for this visit.
        }
        update();
      });
    }
    if (reset) {
      reset.hidden = false;
      reset.addEventListener('click', () => {
        for (const box of boxes) {
          box.checked = false;
          store?.removeItem(keyOf(box));
        }
        update();
        boxes[0]?.focus();
      });
    }
    update();
  }
}
