import { Drawer, Layout } from 'antd';
import { useState } from 'react';
import { Outlet } from 'react-router';
import { RegionProvider } from '../features/org/RegionProvider';
import { useIsMobile } from '../lib/useIsMobile';
import { AppHeader } from './AppHeader';
import { Brand } from './Brand';
import { SideMenu } from './SideMenu';

const COLLAPSED_KEY = 'tuijin.siderCollapsed';

/** The shell: navy sider (a drawer on phones), header, content. */
export function AppLayout() {
  const mobile = useIsMobile();
  const [collapsed, setCollapsed] = useState(() => localStorage.getItem(COLLAPSED_KEY) === '1');
  const [drawerOpen, setDrawerOpen] = useState(false);

  const toggle = () => {
    if (mobile) {
      setDrawerOpen(true);
      return;
    }
    localStorage.setItem(COLLAPSED_KEY, collapsed ? '0' : '1');
    setCollapsed(!collapsed);
  };

  return (
    <RegionProvider>
      <Layout style={{ minHeight: '100vh' }}>
        {!mobile && (
          <Layout.Sider
            width={216}
            collapsedWidth={64}
            collapsed={collapsed}
            trigger={null}
            style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
          >
            <Brand collapsed={collapsed} />
            <SideMenu />
          </Layout.Sider>
        )}
        <Layout>
          <AppHeader mobile={mobile} collapsed={collapsed} onToggle={toggle} />
          <Layout.Content>
            <main className="tj-content">
              <Outlet />
            </main>
          </Layout.Content>
        </Layout>
        {mobile && (
          <Drawer
            placement="left"
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            size={248}
            closable={false}
            styles={{ body: { padding: 0, background: '#0f2747' } }}
          >
            <Brand />
            <SideMenu onNavigate={() => setDrawerOpen(false)} />
          </Drawer>
        )}
      </Layout>
    </RegionProvider>
  );
}
