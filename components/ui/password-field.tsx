'use client';

import { type ComponentProps, useState } from 'react';
import { TextField } from './text-field';

type Props = Omit<ComponentProps<typeof TextField>, 'type'> & {
  /** The toggle's label, e.g. "Show password"; the toggle needs JavaScript, so it is hidden without it. */
  showLabel: string;
};

/** A password input with a button that shows what was typed. */
export function PasswordField({ id, showLabel, ...field }: Props) {
  const [shown, setShown] = useState(false);
  return (
    <div>
      <TextField id={id} type={shown ? 'text' : 'password'} {...field} />
      <button
        type="button"
        aria-pressed={shown}
        aria-controls={id}
        onClick={() => setShown((current) => !current)}
        className="mt-2 rounded px-1 py-1 text-sm font-medium text-accent underline underline-offset-4 [@media(scripting:none)]:hidden"
      >
        {showLabel}
      </button>
    </div>
  );
}
