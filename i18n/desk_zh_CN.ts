<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountStatusBar</name>
    <message>
        <location filename="../ui/accounts/status.py" line="41"/>
        <source>up to date</source>
        <translation>已同步</translation>
    </message>
    <message>
        <location filename="../ui/accounts/status.py" line="41"/>
        <source>syncing</source>
        <translation>同步中</translation>
    </message>
    <message>
        <location filename="../ui/accounts/status.py" line="41"/>
        <source>rate-limited</source>
        <translation>限流中</translation>
    </message>
    <message>
        <location filename="../ui/accounts/status.py" line="42"/>
        <source>sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <location filename="../ui/accounts/status.py" line="43"/>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../ui/accounts/status.py" line="43"/>
        <source>error</source>
        <translation>出错</translation>
    </message>
    <message>
        <location filename="../ui/accounts/status.py" line="43"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/accounts/status.py" line="73"/>
        <source>(retry in %n min)</source>
        <translation>
            <numerusform>（%n 分钟后重试）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../ui/accounts/dialog.py" line="43"/>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="49"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="58"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="59"/>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="60"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="93"/>
        <source>E-mail address</source>
        <translation>邮箱地址</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="93"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="93"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="94"/>
        <source>IMAP server</source>
        <translation>IMAP 服务器</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="94"/>
        <source>IMAP port</source>
        <translation>IMAP 端口</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="95"/>
        <source>IMAP security</source>
        <translation>IMAP 加密</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="95"/>
        <source>SMTP server</source>
        <translation>SMTP 服务器</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="96"/>
        <source>SMTP port</source>
        <translation>SMTP 端口</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="96"/>
        <source>SMTP security</source>
        <translation>SMTP 加密</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="97"/>
        <source>Marketplace id</source>
        <translation>站点 ID</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="97"/>
        <source>Orders API version</source>
        <translation>订单 API 版本</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="98"/>
        <source>LWA client id</source>
        <translation>LWA 客户端 ID</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="98"/>
        <source>LWA client secret</source>
        <translation>LWA 客户端密钥</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="99"/>
        <source>Refresh token</source>
        <translation>刷新令牌</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="99"/>
        <source>SP-API endpoint (optional)</source>
        <translation>SP-API 地址（可选）</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="100"/>
        <source>LWA endpoint (optional)</source>
        <translation>LWA 地址（可选）</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="100"/>
        <source>Shop domain</source>
        <translation>店铺域名</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="101"/>
        <source>App authentication</source>
        <translation>应用认证方式</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="101"/>
        <source>App client id</source>
        <translation>应用客户端 ID</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="102"/>
        <source>App client secret</source>
        <translation>应用客户端密钥</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="103"/>
        <source>Admin access token (legacy custom app)</source>
        <translation>管理员访问令牌（旧版自定义应用）</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="107"/>
        <source>Approved templates (name:language[:category])</source>
        <translation>已批准的模板（名称:语言[:类别]）</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="104"/>
        <source>Admin endpoint (optional)</source>
        <translation>Admin 地址（可选）</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="104"/>
        <source>Phone number id</source>
        <translation>电话号码 ID</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="105"/>
        <source>Graph API URL</source>
        <translation>Graph API 地址</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="106"/>
        <source>Access token</source>
        <translation>访问令牌</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="106"/>
        <source>Relay URL</source>
        <translation>中继地址</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="107"/>
        <source>Relay token</source>
        <translation>中继令牌</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="108"/>
        <source>Trusted mail server (authserv-id, optional)</source>
        <translation>可信邮件服务器（authserv-id，可选）</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="109"/>
        <source>Verify DKIM signatures of Amazon/Shopify mail</source>
        <translation>验证亚马逊/Shopify 邮件的 DKIM 签名</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="110"/>
        <source>Name at the relay (set automatically)</source>
        <translation>在中继上的名称（自动设置）</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="143"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="180"/>
        <source>stored in the keyring; type to replace</source>
        <translation>已保存在系统钥匙串中；输入以替换</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="222"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="227"/>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="236"/>
        <source>Connected: the platform accepted these settings.</source>
        <translation>连接成功：平台接受了这些设置。</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../ui/actions.py" line="31"/>
        <source>Next conversation</source>
        <translation>下一个会话</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="32"/>
        <source>Previous conversation</source>
        <translation>上一个会话</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="33"/>
        <source>Add the next conversation to the selection</source>
        <translation>把下一个会话加入选择</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="34"/>
        <source>Add the previous conversation to the selection</source>
        <translation>把上一个会话加入选择</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="35"/>
        <source>Select or unselect this conversation</source>
        <translation>选中或取消选中此会话</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="36"/>
        <source>Read the conversation</source>
        <translation>阅读会话</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="37"/>
        <source>Back to the queue</source>
        <translation>回到队列</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="38"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="39"/>
        <source>Next view</source>
        <translation>下一个视图</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="40"/>
        <source>Previous view</source>
        <translation>上一个视图</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="41"/>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="42"/>
        <source>Add an internal note</source>
        <translation>添加内部备注</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="43"/>
        <source>Insert a macro</source>
        <translation>插入快捷回复</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="44"/>
        <source>Resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="45"/>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="46"/>
        <source>Waiting for the customer (pending)</source>
        <translation>等待客户回复（待定）</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="47"/>
        <source>Snooze…</source>
        <translation>暂缓…</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="48"/>
        <source>Assign…</source>
        <translation>分配…</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="49"/>
        <source>Assign to me</source>
        <translation>分配给我</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="50"/>
        <source>Tags…</source>
        <translation>标签…</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="51"/>
        <source>Merge into another conversation of this customer…</source>
        <translation>合并到该客户的另一个会话…</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="52"/>
        <source>Linked conversations…</source>
        <translation>关联会话…</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="53"/>
        <source>No response needed</source>
        <translation>无需回复</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="54"/>
        <source>Clear escalation</source>
        <translation>取消升级</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="55"/>
        <source>Undo the last action</source>
        <translation>撤销上一步操作</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="56"/>
        <source>Command palette…</source>
        <translation>命令面板…</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="57"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="58"/>
        <source>Save this view…</source>
        <translation>保存此视图…</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="59"/>
        <source>Delete this saved view</source>
        <translation>删除此保存的视图</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="60"/>
        <source>Tag colours…</source>
        <translation>标签颜色…</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="61"/>
        <source>Refresh the queue</source>
        <translation>刷新队列</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="62"/>
        <source>Accounts…</source>
        <translation>账户…</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="63"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="68"/>
        <source>Moving around</source>
        <translation>浏览</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="68"/>
        <location filename="../ui/actions.py" line="160"/>
        <source>Conversation</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="69"/>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="160"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="161"/>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
</context>
<context>
    <name>BreachNotifier</name>
    <message numerus="yes">
        <location filename="../ui/notify.py" line="63"/>
        <source>%n conversation(s) about to breach the SLA</source>
        <translation>
            <numerusform>%n 个会话即将超出 SLA 时限</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/notify.py" line="64"/>
        <source>%1 — %2 (%3 min left)</source>
        <translation>%1 — %2（剩余 %3 分钟）</translation>
    </message>
</context>
<context>
    <name>CheatSheet</name>
    <message>
        <location filename="../ui/cheatsheet.py" line="19"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../ui/cheatsheet.py" line="23"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../ui/cheatsheet.py" line="23"/>
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../ui/cheatsheet.py" line="36"/>
        <source>Change any key in Settings → Keyboard. Letters act on the queue unless you are typing.</source>
        <translation>可在“设置 → 键盘”中更改任何按键。除非正在输入文字，字母键作用于队列。</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../ui/reading/composer.py" line="114"/>
        <source>Write a reply… (type / for macros)</source>
        <translation>撰写回复…（输入 / 插入快捷回复）</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="124"/>
        <location filename="../ui/reading/composer.py" line="231"/>
        <location filename="../ui/reading/composer.py" line="261"/>
        <location filename="../ui/reading/composer.py" line="266"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="126"/>
        <source>Send (Ctrl+Enter)</source>
        <translation>发送（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="127"/>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="128"/>
        <source>No response needed</source>
        <translation>无需回复</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="130"/>
        <source>Send template</source>
        <translation>发送模板</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="183"/>
        <source>Write in %1, send in %2</source>
        <translation>用%1撰写，以%2发送</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="186"/>
        <source>Write in %1 (sent as written)</source>
        <translation>用%1撰写（按原文发送）</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="187"/>
        <source>Send as written in %1 (not the customer&apos;s language)</source>
        <translation>按原文以%1发送（非客户语言）</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="214"/>
        <source>Will be sent:</source>
        <translation>将发送：</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="214"/>
        <source>Back-translation:</source>
        <translation>回译：</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="253"/>
        <source>Send anyway</source>
        <translation>仍然发送</translation>
    </message>
</context>
<context>
    <name>ConversationController</name>
    <message>
        <location filename="../ui/reading/controller.py" line="91"/>
        <source>Marked as needing no response: the SLA clock stopped.</source>
        <translation>已标记为无需回复：SLA 计时已停止。</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <location filename="../ui/reading/view.py" line="135"/>
        <source>Select a conversation in the queue.</source>
        <translation>请在队列中选择一个会话。</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="193"/>
        <source>Message from %1</source>
        <translation>%1 的消息</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="208"/>
        <source>customer&apos;s time %1</source>
        <translation>客户当地时间 %1</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="210"/>
        <source>order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="216"/>
        <source>with %1</source>
        <translation>处理人 %1</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="220"/>
        <source>Escalated: %1</source>
        <translation>已升级：%1</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="223"/>
        <source>Unverified sender: this mail may be forged. It claims Amazon or Shopify but failed authentication.</source>
        <translation>未验证的发件人：此邮件可能是伪造的。它声称来自亚马逊或 Shopify，但未通过身份验证。</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="237"/>
        <source>💤 Snoozed until %1</source>
        <translation>💤 暂缓至 %1</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="237"/>
        <source>💤 Snoozed</source>
        <translation>💤 已暂缓</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="239"/>
        <source>⏳ Waiting for the customer</source>
        <translation>⏳ 等待客户回复</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="241"/>
        <source>✓ Resolved</source>
        <translation>✓ 已解决</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reading/view.py" line="257"/>
        <source>%n other conversation(s) about order %1</source>
        <translation>
            <numerusform>另有 %n 个关于订单 %1 的会话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reading/view.py" line="260"/>
        <source>%n other conversation(s) with this customer</source>
        <translation>
            <numerusform>该客户另有 %n 个会话</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="269"/>
        <source>WhatsApp window closed: templates only</source>
        <translation>WhatsApp 窗口已关闭：只能发送模板</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="271"/>
        <source>WhatsApp window open %1h %2m</source>
        <translation>WhatsApp 窗口剩余 %1 小时 %2 分</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="275"/>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="275"/>
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="282"/>
        <source>Show everything</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="296"/>
        <source>Translation · %1</source>
        <translation>译文 · %1</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="300"/>
        <source>Translating…</source>
        <translation>翻译中…</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="307"/>
        <source>waiting to send</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="308"/>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="309"/>
        <source>delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="310"/>
        <source>read</source>
        <translation>已读</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="311"/>
        <source>not delivered</source>
        <translation>发送失败</translation>
    </message>
</context>
<context>
    <name>KnowledgePanel</name>
    <message>
        <location filename="../ui/sidebar/knowledge_panel.py" line="41"/>
        <source>Search articles and macros…</source>
        <translation>搜索文章和快捷回复…</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/knowledge_panel.py" line="50"/>
        <source>Insert into reply</source>
        <translation>插入回复</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sidebar/knowledge_panel.py" line="103"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 条结果</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sidebar/knowledge_panel.py" line="93"/>
        <source>Suggested for this conversation</source>
        <translation>为此会话推荐</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/knowledge_panel.py" line="109"/>
        <source>Macro</source>
        <translation>快捷回复</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/knowledge_panel.py" line="109"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/knowledge_panel.py" line="109"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../ui/labels.py" line="13"/>
        <source>Where is my order</source>
        <translation>订单在哪</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="14"/>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="15"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="16"/>
        <source>Size exchange</source>
        <translation>换尺码</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="17"/>
        <source>Damaged or wrong item</source>
        <translation>破损或错发</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="18"/>
        <source>Cancellation</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="19"/>
        <source>Address change</source>
        <translation>修改地址</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="20"/>
        <source>Product question</source>
        <translation>商品咨询</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="21"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="22"/>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="23"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="30"/>
        <source>angry customer</source>
        <translation>客户愤怒</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="31"/>
        <source>chargeback or payment dispute</source>
        <translation>拒付或支付争议</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="32"/>
        <source>A-to-z claim</source>
        <translation>亚马逊商城交易保障索赔</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="33"/>
        <source>lawyer or consumer authority</source>
        <translation>律师或消费者保护机构</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="34"/>
        <source>threatens a bad review</source>
        <translation>威胁给差评</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="42"/>
        <source>No translation: the provider cannot be reached (offline?). The original is shown.</source>
        <translation>无译文：无法连接翻译服务（离线？）。显示原文。</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="43"/>
        <source>No translation: the provider&apos;s quota is used up. Try later or choose another provider.</source>
        <translation>无译文：翻译服务额度已用完。请稍后再试或更换翻译服务。</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="44"/>
        <source>No translation: the provider refused the API key. Check it in Settings.</source>
        <translation>无译文：翻译服务拒绝了 API 密钥。请在设置中检查。</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="45"/>
        <source>No translation: the provider failed. The original is shown.</source>
        <translation>无译文：翻译服务出错。显示原文。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.py" line="86"/>
        <source>Opening workspace…</source>
        <translation>正在打开工作区…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.py" line="105"/>
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n 个会话</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="107"/>
        <source>Could not read the queue: %1</source>
        <translation>无法读取队列：%1</translation>
    </message>
</context>
<context>
    <name>NotePopup</name>
    <message>
        <location filename="../ui/note_popup.py" line="20"/>
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <location filename="../ui/note_popup.py" line="23"/>
        <source>Only colleagues see this. Type @ to mention someone.</source>
        <translation>只有同事能看到。输入 @ 可提及同事。</translation>
    </message>
    <message>
        <location filename="../ui/note_popup.py" line="28"/>
        <source>Ctrl+Enter adds the note · Esc closes</source>
        <translation>Ctrl+Enter 添加备注 · Esc 关闭</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../ui/sidebar/notes_panel.py" line="26"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/notes_panel.py" line="27"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/notes_panel.py" line="58"/>
        <source>No market known for this customer.</source>
        <translation>不清楚该客户所在市场。</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/notes_panel.py" line="57"/>
        <source>Market: %1</source>
        <translation>市场：%1</translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="33"/>
        <source>No order linked to this conversation.</source>
        <translation>此会话未关联订单。</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="41"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="41"/>
        <source>Placed</source>
        <translation>下单于</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="41"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="42"/>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="42"/>
        <source>Tracking</source>
        <translation>物流跟踪</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="42"/>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="43"/>
        <source>Returns</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="43"/>
        <source>ETA</source>
        <translation>预计送达</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="43"/>
        <source>shipped</source>
        <translation>发货于</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../ui/queue/model.py" line="297"/>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="297"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="297"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="297"/>
        <source>Conversation</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="298"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="298"/>
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="298"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="320"/>
        <source>Escalated: %1</source>
        <translation>已升级：%1</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="322"/>
        <source>This mail claims to come from Amazon or Shopify but did not pass authentication.</source>
        <translation>此邮件声称来自亚马逊或 Shopify，但未通过身份验证。</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="342"/>
        <source>⚠ unverified: %1</source>
        <translation>⚠ 未验证：%1</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="359"/>
        <source>💤 snoozed</source>
        <translation>💤 已暂缓</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="361"/>
        <source>⏳ pending</source>
        <translation>⏳ 待定</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="361"/>
        <source>✓ resolved</source>
        <translation>✓ 已解决</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../ui/queue/panel.py" line="93"/>
        <source>Search messages and customers… (Ctrl+F)</source>
        <translation>搜索消息和客户…（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="97"/>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="99"/>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="102"/>
        <source>All languages</source>
        <translation>全部语言</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="106"/>
        <location filename="../ui/queue/panel.py" line="305"/>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
</context>
<context>
    <name>ReplyAssistant</name>
    <message>
        <location filename="../ui/reading/assist.py" line="52"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="52"/>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="52"/>
        <source>Spanish</source>
        <translation>西班牙语</translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="52"/>
        <source>German</source>
        <translation>德语</translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="53"/>
        <source>French</source>
        <translation>法语</translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="53"/>
        <source>Italian</source>
        <translation>意大利语</translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="53"/>
        <source>Japanese</source>
        <translation>日语</translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="99"/>
        <source>Proposed reply from “%1”: check it, then Ctrl+Enter to send.</source>
        <translation>根据“%1”生成的建议回复：请检查，然后按 Ctrl+Enter 发送。</translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="174"/>
        <source>Check the warnings, then click Send anyway.</source>
        <translation>请检查警告，然后点击“仍然发送”。</translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="176"/>
        <source>Not sent: the translation is not available now. Your text stays here. Try again later, or choose the language you wrote it in to send it as written.</source>
        <translation>未发送：翻译暂不可用。你的文字仍保留在这里。请稍后再试，或选择你书写所用的语言按原文发送。</translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="177"/>
        <source>Not sent: this reply breaks the platform&apos;s rules. Change what is marked.</source>
        <translation>未发送：此回复违反平台规则，请修改标出的内容。</translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="178"/>
        <source>Not sent: this conversation was imported from an archive and has no mailbox to answer from.</source>
        <translation>未发送：此会话是从邮件存档导入的，没有可用于回复的邮箱。</translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="179"/>
        <source>Nothing to send.</source>
        <translation>没有可发送的内容。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="111"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="123"/>
        <source>Translation</source>
        <translation>翻译</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="124"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="125"/>
        <source>Automatic replies</source>
        <translation>自动回复</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="126"/>
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="177"/>
        <source>stored in the system keyring; leave empty to keep</source>
        <translation>保存在系统密钥环中；留空则保持不变</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="147"/>
        <source>Provider</source>
        <translation>翻译服务</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="117"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="122"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="127"/>
        <location filename="../ui/settings_dialog.py" line="149"/>
        <source>Keyboard</source>
        <translation>键盘</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="146"/>
        <source>I read and write in</source>
        <translation>我的工作语言</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="148"/>
        <source>Warn before a breach (hours)</source>
        <translation>超时前提醒（小时）</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="164"/>
        <source>LibreTranslate URL</source>
        <translation>LibreTranslate 地址</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="164"/>
        <source>Microsoft region</source>
        <translation>Microsoft 区域</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="165"/>
        <source>MyMemory e-mail</source>
        <translation>MyMemory 邮箱</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="178"/>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="179"/>
        <source>Keys never leave this computer&apos;s keyring; Google and MyMemory need none.</source>
        <translation>密钥只保存在本机系统钥匙串中；Google 和 MyMemory 不需要密钥。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="215"/>
        <source>Agents that conversations are routed to, by the languages they speak:</source>
        <translation>按语言分配会话的客服：</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="244"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="244"/>
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="258"/>
        <source>Back to the default keys</source>
        <translation>恢复默认按键</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="260"/>
        <source>Click a key and press the new one. Letters act on the queue unless you are typing in a text field.</source>
        <translation>点击一个按键，然后按下新的按键。除非正在文本框中输入，字母键作用于队列。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="288"/>
        <source>“%1” and “%2” both use %3: give one of them another key.</source>
        <translation>“%1”和“%2”都使用 %3：请给其中一个换一个按键。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="332"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="185"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="185"/>
        <source>Hours to answer</source>
        <translation>回复时限（小时）</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="189"/>
        <source>Amazon counts 24 hours through weekends and holidays; WhatsApp allows free text for 24 hours after the customer&apos;s last message. Mail and Shopify targets are set per account.</source>
        <translation>亚马逊按 24 小时计算，周末和节假日照常计时；WhatsApp 在客户最后一条消息后 24 小时内允许自由文本。邮件和 Shopify 的时限按账户设置。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="200"/>
        <source>Propose a reply</source>
        <translation>建议回复</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="200"/>
        <source>Send automatically</source>
        <translation>自动发送</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="202"/>
        <source>Automatic replies never go out when the policy check objects, when the order facts are missing, or when the customer is escalated.</source>
        <translation>当规则检查有异议、缺少订单信息或客户已升级时，绝不会自动发送回复。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="212"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="212"/>
        <source>Languages (de,en)</source>
        <translation>语言（如 de,en）</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="213"/>
        <source>Skills (escalation,complaint)</source>
        <translation>技能（如 escalation,complaint）</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="145"/>
        <source>My name</source>
        <translation>我的名字</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="227"/>
        <source>Add term</source>
        <translation>添加术语</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="229"/>
        <source>Each row is one product or policy term in every language; translations keep it exact in both directions. Write variants after a |, the first one is used in translations. Empty a row to remove the term.</source>
        <translation>每行是一个产品或政策术语在各语言中的写法；翻译时双向保持不变。变体写在 | 之后，译文使用第一个。清空一行即删除该术语。</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../ui/sidebar/panel.py" line="26"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/panel.py" line="27"/>
        <source>Knowledge</source>
        <translation>知识库</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/panel.py" line="28"/>
        <source>Market</source>
        <translation>市场</translation>
    </message>
</context>
<context>
    <name>TagColours</name>
    <message>
        <location filename="../ui/tag_colours.py" line="43"/>
        <source>Tag colours</source>
        <translation>标签颜色</translation>
    </message>
    <message>
        <location filename="../ui/tag_colours.py" line="47"/>
        <source>Enter or a double click changes a tag&apos;s colour.</source>
        <translation>按 Enter 或双击可更改标签颜色。</translation>
    </message>
</context>
<context>
    <name>ViewList</name>
    <message>
        <location filename="../ui/queue/views.py" line="52"/>
        <source>My views</source>
        <translation>我的视图</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <location filename="../ui/queue/views.py" line="17"/>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../ui/queue/views.py" line="18"/>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location filename="../ui/queue/views.py" line="19"/>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <location filename="../ui/queue/views.py" line="20"/>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location filename="../ui/queue/views.py" line="21"/>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <location filename="../ui/queue/views.py" line="22"/>
        <source>Pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <location filename="../ui/queue/views.py" line="23"/>
        <source>Snoozed</source>
        <translation>已暂缓</translation>
    </message>
    <message>
        <location filename="../ui/queue/views.py" line="24"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../ui/queue/views.py" line="25"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
</context>
<context>
    <name>Workday</name>
    <message>
        <location filename="../ui/workday.py" line="31"/>
        <source>That conversation no longer exists.</source>
        <translation>该会话已不存在。</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="32"/>
        <source>Select a conversation first.</source>
        <translation>请先选择一个会话。</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="33"/>
        <source>Set your name in Settings first: conversations are assigned to it.</source>
        <translation>请先在设置中填写你的名字：会话会分配给这个名字。</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="34"/>
        <source>No agent by that name. Add agents in Settings → General.</source>
        <translation>没有这个名字的客服。请在“设置 → 常规”中添加客服。</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="35"/>
        <source>That time has passed: choose a later one.</source>
        <translation>这个时间已经过去了：请选择更晚的时间。</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="36"/>
        <source>That time has no time zone.</source>
        <translation>这个时间没有时区。</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="37"/>
        <source>A tag needs a name.</source>
        <translation>标签需要一个名称。</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="38"/>
        <source>Tags have at most 64 characters, no commas, and do not start with + or -.</source>
        <translation>标签最多 64 个字符，不能包含逗号，也不能以 + 或 - 开头。</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="39"/>
        <source>A conversation cannot be merged into itself.</source>
        <translation>会话不能合并到自身。</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="40"/>
        <source>That conversation was already merged into another one.</source>
        <translation>该会话已经合并到另一个会话。</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="41"/>
        <source>Only conversations of the same customer can be merged.</source>
        <translation>只能合并同一客户的会话。</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="42"/>
        <source>An empty note was not added.</source>
        <translation>空备注未添加。</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="43"/>
        <source>A view needs a name.</source>
        <translation>视图需要一个名称。</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="73"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="136"/>
        <source>Nothing to change.</source>
        <translation>没有需要更改的内容。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workday.py" line="149"/>
        <source>Snoozed %n conversation(s) until %1.</source>
        <translation>
            <numerusform>已将 %n 个会话暂缓至 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workday.py" line="153"/>
        <source>%n conversation(s) unassigned.</source>
        <translation>
            <numerusform>已取消分配 %n 个会话。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workday.py" line="154"/>
        <source>Assigned %n conversation(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个会话分配给 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workday.py" line="156"/>
        <source>Resolved %n conversation(s).</source>
        <translation>
            <numerusform>已解决 %n 个会话。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workday.py" line="157"/>
        <source>Reopened %n conversation(s).</source>
        <translation>
            <numerusform>已重新打开 %n 个会话。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workday.py" line="158"/>
        <source>%n conversation(s) now wait for the customer.</source>
        <translation>
            <numerusform>%n 个会话正在等待客户回复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workday.py" line="159"/>
        <source>Tags changed on %n conversation(s).</source>
        <translation>
            <numerusform>已更改 %n 个会话的标签。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="160"/>
        <source>Merged: the messages are in one conversation now.</source>
        <translation>已合并：消息现在都在一个会话中。</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="161"/>
        <source>Note added.</source>
        <translation>备注已添加。</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="166"/>
        <source>Undo: %1</source>
        <translation>撤销：%1</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="176"/>
        <source>Nothing to undo.</source>
        <translation>没有可撤销的操作。</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="182"/>
        <source>Undone.</source>
        <translation>已撤销。</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="209"/>
        <source>In 1 hour</source>
        <translation>1 小时后</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="209"/>
        <source>In 3 hours</source>
        <translation>3 小时后</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="209"/>
        <source>Tomorrow morning</source>
        <translation>明天上午</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="210"/>
        <source>In two days (morning)</source>
        <translation>两天后（上午）</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="210"/>
        <source>Next Monday morning</source>
        <translation>下周一上午</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="211"/>
        <source>In a week</source>
        <translation>一周后</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="216"/>
        <source>Until %1</source>
        <translation>直到 %1</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="218"/>
        <source>Snooze until…</source>
        <translation>暂缓至…</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="220"/>
        <source>3h, 2d, 18:00 or 2026-12-24 09:00</source>
        <translation>3h、2d、18:00 或 2026-12-24 09:00</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="230"/>
        <source>Me (%1)</source>
        <translation>我（%1）</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="231"/>
        <source>Nobody (unassigned)</source>
        <translation>无人（取消分配）</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="238"/>
        <source>Assign to…</source>
        <translation>分配给…</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="238"/>
        <source>Type a name</source>
        <translation>输入名字</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="252"/>
        <source>remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="252"/>
        <source>add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="259"/>
        <source>+ New tag “%1”</source>
        <translation>+ 新标签“%1”</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="266"/>
        <source>Add or remove a tag</source>
        <translation>添加或移除标签</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="267"/>
        <source>Type a tag; a new name creates it</source>
        <translation>输入标签；新名称会创建新标签</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="287"/>
        <source>This customer has no other conversation to merge with.</source>
        <translation>该客户没有可以合并的其他会话。</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="296"/>
        <source>Merge this conversation into…</source>
        <translation>将此会话合并到…</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="302"/>
        <source>Linked conversations</source>
        <translation>关联会话</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="313"/>
        <location filename="../ui/workday.py" line="315"/>
        <source>Go to view: %1</source>
        <translation>转到视图：%1</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="324"/>
        <source>Command palette</source>
        <translation>命令面板</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="325"/>
        <source>Type an action or a view, in Chinese or English</source>
        <translation>输入操作或视图名称，中文或英文均可</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="376"/>
        <source>Save this view</source>
        <translation>保存此视图</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="377"/>
        <source>Name of the view (its filters and sort are kept):</source>
        <translation>视图名称（保留其筛选和排序）：</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="417"/>
        <source>same order</source>
        <translation>同一订单</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="417"/>
        <source>same customer</source>
        <translation>同一客户</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../ui/app.py" line="199"/>
        <source>Desk cannot open this workspace</source>
        <translation>Desk 无法打开此工作区</translation>
    </message>
</context>
</TS>
