/** A form's main action, full width; disabled while the form is being sent. */
export function SubmitButton({ id, label, pending }: { id?: string; label: string; pending: boolean }) {
  return (
    <button
      id={id}
      type="submit"
      disabled={pending}
      className="w-full rounded-lg bg-accent px-4 py-3 font-semibold text-on-accent hover:bg-accent-strong disabled:opacity-70"
    >
      {label}
    </button>
  );
}
