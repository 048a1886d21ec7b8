// Mantine's styles for floating elements (Popover, and Tooltip and Menu on top of it), downloaded
// with the first hint or menu, or any page past the first screens (src/app/mantine-styles-rest.ts).
import '@mantine/core/styles/Popover.layer.css';
import '@mantine/core/styles/Tooltip.layer.css';
