// "Edit statement" and "Delete statement" beside a statement; the view passes what they do.
interface StatementEditButtonsProps {
  onEdit(): void;
  onDelete(): void;
}

export function StatementEditButtons({ onEdit, onDelete }: StatementEditButtonsProps) {
  return (
    <div className="statement-edit-buttons">
      <button type="button" onClick={onEdit}>
        Edit statement
      </button>
      <button type="button" onClick={onDelete}>
        Delete statement
      </button>
    </div>
  );
}
