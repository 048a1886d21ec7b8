import type { ComboboxItem, OptionsFilter } from '@mantine/core';
import { fold } from '@/domain';

/** Combobox search that ignores tone marks, so `ho chi minh` finds `Hồ Chí Minh`. */
export const foldFilter: OptionsFilter = ({ options, search }) => {
  const needle = fold(search.trim());
  if (!needle) return options;
  return options.filter((o) => 'label' in o && fold((o as ComboboxItem).label).includes(needle));
};
