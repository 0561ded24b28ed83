// How the last change was saved, or why it was not (the library refused it: nothing on screen
// changed, so there is nothing unkept to offer as an export).
import { useParleyStore } from "../../state/store";

export function EditStatusLine() {
  const status = useParleyStore((state) => state.editStatus);
  return (
    <p
      className={status?.tone === "error" ? "edit-status edit-status-error" : "edit-status"}
      role="status"
    >
      {status?.text}
    </p>
  );
}
