/**
 * The reader's notes panel (attribute `notes`): one note about what they saw and one next action,
 * kept in this browser's localStorage under a key the author chooses (`note-key`) or the
 * element's id, restored on reload and never sent anywhere. Storage can be missing or full
 * (private windows, quotas, sandboxed frames); the panel then still works for the visit and says
 * that it could not save.
 */
import {
  html,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';

/** What one notes panel holds. */
export interface SavedNote {
  /** What the reader saw. */
  note: string;
  /** What they will do next. */
  next: string;
  /** When it was last saved (ISO 8601), or '' if never. */
  saved: string;
}

const PREFIX = 'double-descent-demo:notes:';
const EMPTY: SavedNote = { note: '', next: '', saved: '' };

/** The storage key of a panel, or null when neither `note-key` nor an id names it. */
export function storageKey(noteKey: string | null | undefined, id: string): string | null {
  const name = (noteKey ?? '').trim() || id.trim();
  return name ? PREFIX + name : null;
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Reading localStorage itself throws where storage is blocked (sandboxed iframes).
    return null;
  }
}

/** Reads a saved note, tolerating missing storage and malformed values. */
export function readNote(key: string | null): SavedNote {
  if (!key) return { ...EMPTY };
  try {
    const text = storage()?.getItem(key);
    if (!text) return { ...EMPTY };
    const value = JSON.parse(text) as Partial<SavedNote>;
    return {
      note: typeof value.note === 'string' ? value.note : '',
      next: typeof value.next === 'string' ? value.next : '',
      saved: typeof value.saved === 'string' ? value.saved : '',
    };
  } catch {
    return { ...EMPTY };
  }
}

/** Keeps one panel's text in sync with localStorage for a host element. */
export class NotesController implements ReactiveController {
  /** The current text (saved or not). */
  value: SavedNote = { ...EMPTY };
  /** A sentence about the last save, for the panel's status line. */
  status = '';
  private key: string | null = null;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Switches to the panel named by `noteKey` (or the id) and loads what it holds. */
  use(noteKey: string | null | undefined): void {
    const key = storageKey(noteKey, this.host.id);
    if (key === this.key) return;
    this.key = key;
    this.value = readNote(key);
    this.status = key
      ? this.value.saved
        ? `Saved in this browser on ${new Date(this.value.saved).toLocaleString()}.`
        : ''
      : 'Give the element an id or a note-key to keep notes across visits.';
    this.host.requestUpdate();
  }

  hostConnected(): void {
    this.value = readNote(this.key);
  }

  /** Stores the panel's text; called as the reader types. */
  save(field: 'note' | 'next', text: string): void {
    this.value = { ...this.value, [field]: text, saved: new Date().toISOString() };
    if (!this.key) return;
    const store = storage();
    try {
      if (store === null) throw new Error('no storage');
      store.setItem(this.key, JSON.stringify(this.value));
      this.status = 'Saved in this browser only; nothing is sent anywhere.';
    } catch {
      this.status =
        'This browser would not save the note (storage is blocked or full); it stays only ' +
        'until you leave the page.';
    }
    this.host.requestUpdate();
  }

  /** Forgets the note, in memory and in storage. */
  clear(): void {
    this.value = { ...EMPTY };
    try {
      if (this.key) storage()?.removeItem(this.key);
      this.status = 'Cleared.';
    } catch {
      this.status = 'Cleared here; this browser would not update its storage.';
    }
    this.host.requestUpdate();
  }
}

/** The notes panel's markup (part `notes`). */
export function renderNotes(notes: NotesController, idPrefix: string): TemplateResult {
  const onInput = (field: 'note' | 'next') => (event: Event) =>
    notes.save(field, (event.target as HTMLTextAreaElement).value);
  return html`<section class="notes" part="notes" aria-label="Your notes">
    <label for="${idPrefix}-note">What I saw</label>
    <textarea
      id="${idPrefix}-note"
      rows="2"
      maxlength="2000"
      .value=${notes.value.note}
      @input=${onInput('note')}
    ></textarea>
    <label for="${idPrefix}-next">What I will try next</label>
    <textarea
      id="${idPrefix}-next"
      rows="2"
      maxlength="2000"
      .value=${notes.value.next}
      @input=${onInput('next')}
    ></textarea>
    <div class="notes-footer">
      <button type="button" @click=${() => notes.clear()}>Clear notes</button>
      <span role="status">${notes.status}</span>
    </div>
  </section>`;
}
