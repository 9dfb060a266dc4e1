import { useState } from 'react';
import { Button, Card, Segmented, Space } from 'antd';
import { PlusOutlined, SettingOutlined } from '@ant-design/icons';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../auth/AuthProvider';
import { isAdmin } from '../permissions';
import { OwnerSelect } from '../shared/Pickers';
import { ForecastView } from './ForecastView';
import { OpportunityBoard } from './OpportunityBoard';
import { OpportunityForm } from './OpportunityForm';
import { OpportunityList } from './OpportunityList';

type View = 'board' | 'list' | 'forecast';
const VIEWS: View[] = ['board', 'list', 'forecast'];

/** Opportunities (商机): the kanban board by stage, the list, and the forecast; an admin may look at one owner's. */
export function OpportunitiesPage() {
  const { t } = useTranslation('deals');
  const { user } = useAuth();
  const admin = isAdmin(user);
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const view: View = VIEWS.includes(params.get('view') as View) ? (params.get('view') as View) : 'board';
  const [ownerId, setOwnerId] = useState<string>();
  const [creating, setCreating] = useState(false);
  const [version, setVersion] = useState(0);

  return (
    <Card
      title={
        <Space>
          {t('opportunity.title')}
          <Segmented<View>
            value={view}
            onChange={(v) => setParams({ view: v }, { replace: true })}
            options={VIEWS.map((v) => ({ value: v, label: t(`view.${v}`) }))}
          />
        </Space>
      }
      extra={
        <Space>
          {admin && view !== 'list' && (
            <OwnerSelect value={ownerId} onChange={setOwnerId} style={{ width: 160 }} placeholder={t('opportunity.allOwners')} />
          )}
          {admin && <Button icon={<SettingOutlined />} onClick={() => navigate('/opportunities/settings')}>{t('menu.settings')}</Button>}
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>{t('opportunity.create')}</Button>
        </Space>
      }
    >
      {view === 'board' && <OpportunityBoard ownerId={ownerId} version={version} />}
      {view === 'list' && <OpportunityList key={version} />}
      {view === 'forecast' && <ForecastView ownerId={ownerId} />}
      <OpportunityForm
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(o) => {
          setCreating(false);
          setVersion((v) => v + 1);
          navigate(`/opportunities/${o.id}`);
        }}
      />
    </Card>
  );
}
