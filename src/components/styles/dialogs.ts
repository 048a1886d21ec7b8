// Mantine's styles for dialogs (Modal and what it builds on), downloaded with the first dialog: the
// sign-in dialog, a confirmation, or any page past the first screens (src/app/mantine-styles-rest.ts).
// In the order of Mantine's own styles.css.
import '@mantine/core/styles/ScrollArea.layer.css';
import '@mantine/core/styles/Overlay.layer.css';
import '@mantine/core/styles/ModalBase.layer.css';
import '@mantine/core/styles/Modal.layer.css';
