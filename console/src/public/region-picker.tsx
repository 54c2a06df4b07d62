/**
 * Choosing a region by name: the province, then the regions inside the one chosen (a city, or the
 * county of a municipality), down to the county. The value is the deepest region chosen, or null.
 * Plain <select>s in a fieldset: every level has its own label and works by keyboard.
 */
import { useEffect, useState } from 'react';
import { regionLevel } from '../../../domain/region';
import { useMessages } from '../i18n/public';
import { loadProvinces, loadRegion, regionChain, useLoaded, type NamedRegion } from './data';

interface RegionPickerProps {
  id: string;
  legend: string;
  value: string | null;
  onChange(code: string | null): void;
  required?: boolean;
  /** The id of the text that says what is wrong with the choice, when something is. */
  errorId?: string;
  /** What the empty choice at each level says: "all" in a filter (the default), "choose" in a form. */
  empty?: 'all' | 'choose';
}

export function RegionPicker({
  id,
  legend,
  value,
  onChange,
  required,
  errorId,
  empty = 'all',
}: RegionPickerProps) {
  const messages = useMessages().publicSite;
  const [chain, setChain] = useState<string[]>([]);

  // A value from outside (the address, going back): the chain of regions down to it.
  useEffect(() => {
    if ((chain.at(-1) ?? null) === value) return;
    if (value === null) {
      setChain([]);
      return;
    }
    let live = true;
    regionChain(value).then(
      (codes) => live && setChain(codes),
      () => live && setChain([value]),
    );
    return () => {
      live = false;
    };
    // Only a change of the value from outside moves the chain; picking moves both together.
  }, [value]);

  const pick = (level: number, code: string) => {
    const next = [...chain.slice(0, level), ...(code ? [code] : [])];
    setChain(next);
    onChange(next.at(-1) ?? null);
  };

  const provinces = useLoaded('provinces', loadProvinces);
  return (
    <fieldset className="region-picker" aria-describedby={errorId}>
      <legend>
        {legend}
        {required && <span className="required"> *</span>}
      </legend>
      {provinces.error && (
        <p role="alert" className="error">
          {messages.loadFailed}: {provinces.error.message}
        </p>
      )}
      <RegionSelect
        id={`${id}-0`}
        label={messages.regions.province}
        options={provinces.data}
        selected={chain[0]}
        onPick={(code) => pick(0, code)}
        invalid={Boolean(errorId)}
        required={required}
        describedBy={errorId}
        empty={empty}
      />
      {chain.map((code, level) => (
        <ChildSelect
          key={code}
          id={`${id}-${level + 1}`}
          parent={code}
          selected={chain[level + 1]}
          onPick={(child) => pick(level + 1, child)}
          empty={empty}
        />
      ))}
    </fieldset>
  );
}

function ChildSelect({
  id,
  parent,
  selected,
  onPick,
  empty,
}: {
  id: string;
  parent: string;
  selected: string | undefined;
  onPick(code: string): void;
  empty: 'all' | 'choose';
}) {
  const messages = useMessages().publicSite;
  const region = useLoaded(`region:${parent}`, () => loadRegion(parent));
  const children = region.data?.children ?? [];
  if (children.length === 0) return null;
  const level = regionLevel(children[0]!.code) === 'city' ? 'city' : 'county';
  return (
    <RegionSelect
      id={id}
      label={messages.regions[level]}
      options={children}
      selected={selected}
      onPick={onPick}
      empty={empty}
    />
  );
}

function RegionSelect({
  id,
  label,
  options,
  selected,
  onPick,
  invalid,
  required,
  describedBy,
  empty,
}: {
  id: string;
  label: string;
  options: NamedRegion[] | undefined;
  selected: string | undefined;
  onPick(code: string): void;
  invalid?: boolean;
  required?: boolean;
  describedBy?: string | undefined;
  empty: 'all' | 'choose';
}) {
  const messages = useMessages().publicSite;
  return (
    <div className="field region-level">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={selected ?? ''}
        onChange={(event) => onPick(event.target.value)}
        aria-invalid={invalid || undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy}
        disabled={!options}
      >
        <option value="">{options ? messages.regions[empty] : messages.regions.loading}</option>
        {options?.map((region) => (
          <option key={region.code} value={region.code}>
            {region.name}
          </option>
        ))}
      </select>
    </div>
  );
}
