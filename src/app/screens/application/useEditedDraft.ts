import { useState } from 'react';

interface EditedDraft {
  id: string;
  /** True until the route has caught up with a new draft's id (after its first save). */
  isNew: boolean;
}

/**
 * Which draft the form edits. `#/applications/new` starts a draft with a fresh id; after its first save the
 * hash is replaced by `#/applications/<id>` (so a reload reopens it) without restarting the form.
 */
export function useEditedDraft(routeDraftId: string | null): EditedDraft {
  const [edited, setEdited] = useState<EditedDraft>(() => ({ id: routeDraftId ?? crypto.randomUUID(), isNew: routeDraftId === null }));
  // Adjusting state while rendering (React's pattern for state derived from a changed prop).
  if (routeDraftId === null ? !edited.isNew : routeDraftId !== edited.id) {
    setEdited({ id: routeDraftId ?? crypto.randomUUID(), isNew: routeDraftId === null });
  } else if (routeDraftId === edited.id && edited.isNew) {
    setEdited({ id: edited.id, isNew: false });
  }
  return edited;
}
