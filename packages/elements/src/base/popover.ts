import { autoUpdate, computePosition, flip, offset, platform, shift } from '@floating-ui/dom';
import { offsetParent } from 'composed-offset-position';

/**
 * The one floating-element wrapper of the library (@floating-ui/dom): keeps a
 * panel next to its anchor, inside shadow DOM too (offset parents are looked
 * up across shadow roots, as floating-ui recommends), closes on Escape and on
 * a click outside, and gives focus back to the anchor when it closes.
 */
export class Popover {
  #cleanup: (() => void) | null = null;
  readonly #onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      this.close(true);
    }
  };
  readonly #onPointer = (e: PointerEvent) => {
    const path = e.composedPath();
    if (!path.includes(this.panel) && !path.includes(this.anchor)) this.close(false);
  };

  constructor(
    readonly anchor: HTMLElement,
    readonly panel: HTMLElement,
    private readonly onClose: () => void,
  ) {}

  get open(): boolean {
    return this.#cleanup !== null;
  }

  show(): void {
    if (this.#cleanup) return;
    const stop = autoUpdate(this.anchor, this.panel, () => void this.#place());
    document.addEventListener('pointerdown', this.#onPointer, true);
    this.panel.addEventListener('keydown', this.#onKey);
    this.#cleanup = () => {
      stop();
      document.removeEventListener('pointerdown', this.#onPointer, true);
      this.panel.removeEventListener('keydown', this.#onKey);
    };
  }

  /** Closes; with `returnFocus`, the anchor gets the focus back (Escape, a choice made). */
  close(returnFocus: boolean): void {
    if (!this.#cleanup) return;
    this.#cleanup();
    this.#cleanup = null;
    this.onClose();
    if (returnFocus) this.anchor.focus();
  }

  async #place(): Promise<void> {
    const { x, y } = await computePosition(this.anchor, this.panel, {
      placement: 'bottom-start',
      strategy: 'fixed',
      middleware: [offset(4), flip(), shift({ padding: 8 })],
      platform: { ...platform, getOffsetParent: (element) => platform.getOffsetParent(element, offsetParent) },
    });
    Object.assign(this.panel.style, { left: `${x}px`, top: `${y}px` });
  }
}
