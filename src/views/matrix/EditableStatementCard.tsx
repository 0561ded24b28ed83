// A statement behind a matrix cell, with its quote checked against its article and the
// buttons that edit or delete it (loaded after the first view).
import { type ComponentProps, lazy, Suspense } from "react";
import { StatementCard } from "../../ui/StatementCard";

const StatementCardExtras = lazy(() => import("./StatementCardExtras"));

type EditableStatementCardProps = Omit<ComponentProps<typeof StatementCard>, "children">;

export function EditableStatementCard(props: EditableStatementCardProps) {
  return (
    <StatementCard {...props}>
      <Suspense fallback={null}>
        <StatementCardExtras statement={props.statement} />
      </Suspense>
    </StatementCard>
  );
}
