import type { ThemeConfig } from 'antd';

/** A sober government blue, square-ish corners, dense tables. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1f5fbf',
    colorInfo: '#1f5fbf',
    borderRadius: 4,
    colorBgLayout: '#f3f5f9',
    fontSize: 14,
  },
  components: {
    Layout: { siderBg: '#0f2747', headerBg: '#ffffff', triggerBg: '#0b1f3a' },
    Menu: {
      darkItemBg: '#0f2747',
      darkSubMenuItemBg: '#0b1f3a',
      darkItemSelectedBg: '#1f5fbf',
    },
    Table: { headerBg: '#f5f7fa', cellPaddingBlock: 12 },
    Card: { headerFontSize: 15 },
  },
};
