import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate } from '../../../electron/menu';

const submenu = (menu: MenuItemConstructorOptions[], label: string) =>
  (menu.find((item) => item.label === label)?.submenu ?? []) as MenuItemConstructorOptions[];
const roles = (items: MenuItemConstructorOptions[]) => items.filter((item) => item.role).map((item) => item.role);

describe('application menu', () => {
  it('has the four Chinese menus', () => {
    expect(menuTemplate({ isPackaged: true, about: () => undefined }).map((item) => item.label)).toEqual(['文件', '编辑', '视图', '帮助']);
  });

  it('offers quit and the standard editing roles', () => {
    const menu = menuTemplate({ isPackaged: true, about: () => undefined });
    expect(submenu(menu, '文件')).toEqual([{ label: '退出', role: 'quit' }]);
    expect(roles(submenu(menu, '编辑'))).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'delete', 'selectAll']);
  });

  it('hides reload and developer tools in the installed app', () => {
    const packaged = roles(submenu(menuTemplate({ isPackaged: true, about: () => undefined }), '视图'));
    const dev = roles(submenu(menuTemplate({ isPackaged: false, about: () => undefined }), '视图'));
    expect(packaged).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    expect(dev).toEqual(['reload', 'toggleDevTools', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
  });

  it('shows the about box from 帮助 > 关于', () => {
    const about = vi.fn();
    const item = submenu(menuTemplate({ isPackaged: true, about }), '帮助')[0];
    expect(item.label).toBe('关于');
    (item.click as () => void)();
    expect(about).toHaveBeenCalledTimes(1);
  });
});
