import { RemoveScroll as real } from 'react-remove-scroll';
import { RemoveScroll as standIn } from '@/app/vendor/remove-scroll-class-names';

describe('the AppShell’s stand-in for react-remove-scroll', () => {
  it('gives the bars the class names the dialogs’ scroll lock looks for', () => {
    expect(standIn.classNames).toEqual({ zeroRight: real.classNames.zeroRight, fullWidth: real.classNames.fullWidth });
    expect(standIn.classNames.zeroRight).toBe('right-scroll-bar-position');
  });
});
