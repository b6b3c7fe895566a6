<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountStatusBar</name>
    <message>
        <location filename="../ui/accounts/status.py" line="31" />
        <source>up to date</source>
        <translation>已同步</translation>
    </message>
    <message>
        <location filename="../ui/accounts/status.py" line="31" />
        <source>syncing</source>
        <translation>同步中</translation>
    </message>
    <message>
        <location filename="../ui/accounts/status.py" line="31" />
        <source>rate-limited</source>
        <translation>限流中</translation>
    </message>
    <message>
        <location filename="../ui/accounts/status.py" line="32" />
        <source>sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <location filename="../ui/accounts/status.py" line="32" />
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../ui/accounts/status.py" line="32" />
        <source>error</source>
        <translation>出错</translation>
    </message>
    <message>
        <location filename="../ui/accounts/status.py" line="33" />
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../ui/accounts/dialog.py" line="38" />
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="44" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="51" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="52" />
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="53" />
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="85" />
        <source>E-mail address</source>
        <translation>邮箱地址</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="85" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="85" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="86" />
        <source>IMAP server</source>
        <translation>IMAP 服务器</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="86" />
        <source>IMAP port</source>
        <translation>IMAP 端口</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="87" />
        <source>IMAP security</source>
        <translation>IMAP 加密</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="87" />
        <source>SMTP server</source>
        <translation>SMTP 服务器</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="88" />
        <source>SMTP port</source>
        <translation>SMTP 端口</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="88" />
        <source>SMTP security</source>
        <translation>SMTP 加密</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="89" />
        <source>Marketplace id</source>
        <translation>站点 ID</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="89" />
        <source>Orders API version</source>
        <translation>订单 API 版本</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="90" />
        <source>LWA client id</source>
        <translation>LWA 客户端 ID</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="90" />
        <source>LWA client secret</source>
        <translation>LWA 客户端密钥</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="91" />
        <source>Refresh token</source>
        <translation>刷新令牌</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="91" />
        <source>SP-API endpoint (optional)</source>
        <translation>SP-API 地址（可选）</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="92" />
        <source>LWA endpoint (optional)</source>
        <translation>LWA 地址（可选）</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="92" />
        <source>Shop domain</source>
        <translation>店铺域名</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="93" />
        <source>Admin API version</source>
        <translation>Admin API 版本</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="93" />
        <source>Admin access token</source>
        <translation>Admin 访问令牌</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="94" />
        <source>Admin endpoint (optional)</source>
        <translation>Admin 地址（可选）</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="94" />
        <source>Phone number id</source>
        <translation>电话号码 ID</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="95" />
        <source>Graph API URL</source>
        <translation>Graph API 地址</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="95" />
        <source>Graph API version</source>
        <translation>Graph API 版本</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="96" />
        <source>Access token</source>
        <translation>访问令牌</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="96" />
        <source>Relay URL</source>
        <translation>中继地址</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="97" />
        <source>Relay token</source>
        <translation>中继令牌</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="97" />
        <source>Approved templates (name:language)</source>
        <translation>已批准模板（名称:语言）</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="124" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="151" />
        <source>stored in the keyring; type to replace</source>
        <translation>已保存在系统钥匙串中；输入以替换</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="191" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="199" />
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="205" />
        <source>Connected: the platform accepted these settings.</source>
        <translation>连接成功：平台接受了这些设置。</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../ui/reading/composer.py" line="21" />
        <source>Write a reply…</source>
        <translation>撰写回复…</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="27" />
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="29" />
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="31" />
        <source>Send template</source>
        <translation>发送模板</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <location filename="../ui/reading/view.py" line="68" />
        <source>Select a conversation in the queue.</source>
        <translation>请在队列中选择一个会话。</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="89" />
        <source>customer's time %1</source>
        <translation>客户当地时间 %1</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="91" />
        <source>order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="100" />
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="100" />
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="116" />
        <source>waiting to send</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="117" />
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="118" />
        <source>delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="119" />
        <source>read</source>
        <translation>已读</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="120" />
        <source>not delivered</source>
        <translation>发送失败</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.py" line="93" />
        <source>Opening workspace…</source>
        <translation>正在打开工作区…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="99" />
        <source>Search messages and customers…</source>
        <translation>搜索消息和客户…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="103" />
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="104" />
        <source>Pending</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="105" />
        <source>Snoozed</source>
        <translation>已延后</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="106" />
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="107" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="111" />
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="114" />
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="118" />
        <source>All languages</source>
        <translation>全部语言</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="149" />
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="170" />
        <source>Accounts…</source>
        <translation>账户…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.py" line="276" />
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n 个会话</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="279" />
        <source>Could not read the queue: %1</source>
        <translation>无法读取队列：%1</translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="33" />
        <source>No order linked to this conversation.</source>
        <translation>此会话未关联订单。</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="41" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="41" />
        <source>Placed</source>
        <translation>下单于</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="41" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="42" />
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="42" />
        <source>Tracking</source>
        <translation>物流跟踪</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="42" />
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="43" />
        <source>Returns</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="43" />
        <source>ETA</source>
        <translation>预计送达</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="43" />
        <source>shipped</source>
        <translation>发货于</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../ui/queue/model.py" line="153" />
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="153" />
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="153" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="153" />
        <source>Conversation</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="154" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="154" />
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../ui/app.py" line="174" />
        <source>Desk cannot open this workspace</source>
        <translation>Desk 无法打开此工作区</translation>
    </message>
</context>
</TS>