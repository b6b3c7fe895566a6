<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountStatusBar</name>
    <message>
        <location filename="../ui/accounts/status.py" line="41" />
        <source>up to date</source>
        <translation>已同步</translation>
    </message>
    <message>
        <location filename="../ui/accounts/status.py" line="41" />
        <source>syncing</source>
        <translation>同步中</translation>
    </message>
    <message>
        <location filename="../ui/accounts/status.py" line="41" />
        <source>rate-limited</source>
        <translation>限流中</translation>
    </message>
    <message>
        <location filename="../ui/accounts/status.py" line="42" />
        <source>sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <location filename="../ui/accounts/status.py" line="43" />
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../ui/accounts/status.py" line="43" />
        <source>error</source>
        <translation>出错</translation>
    </message>
    <message>
        <location filename="../ui/accounts/status.py" line="43" />
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/accounts/status.py" line="73" />
        <source>(retry in %n min)</source>
        <translation>
            <numerusform>（%n 分钟后重试）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../ui/accounts/dialog.py" line="43" />
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="49" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="58" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="59" />
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="60" />
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="93" />
        <source>E-mail address</source>
        <translation>邮箱地址</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="93" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="93" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="94" />
        <source>IMAP server</source>
        <translation>IMAP 服务器</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="94" />
        <source>IMAP port</source>
        <translation>IMAP 端口</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="95" />
        <source>IMAP security</source>
        <translation>IMAP 加密</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="95" />
        <source>SMTP server</source>
        <translation>SMTP 服务器</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="96" />
        <source>SMTP port</source>
        <translation>SMTP 端口</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="96" />
        <source>SMTP security</source>
        <translation>SMTP 加密</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="97" />
        <source>Marketplace id</source>
        <translation>站点 ID</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="97" />
        <source>Orders API version</source>
        <translation>订单 API 版本</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="98" />
        <source>LWA client id</source>
        <translation>LWA 客户端 ID</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="98" />
        <source>LWA client secret</source>
        <translation>LWA 客户端密钥</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="99" />
        <source>Refresh token</source>
        <translation>刷新令牌</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="99" />
        <source>SP-API endpoint (optional)</source>
        <translation>SP-API 地址（可选）</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="100" />
        <source>LWA endpoint (optional)</source>
        <translation>LWA 地址（可选）</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="100" />
        <source>Shop domain</source>
        <translation>店铺域名</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="101" />
        <source>App authentication</source>
        <translation>应用认证方式</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="101" />
        <source>App client id</source>
        <translation>应用客户端 ID</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="102" />
        <source>App client secret</source>
        <translation>应用客户端密钥</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="103" />
        <source>Admin access token (legacy custom app)</source>
        <translation>管理员访问令牌（旧版自定义应用）</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="107" />
        <source>Approved templates (name:language[:category])</source>
        <translation>已批准的模板（名称:语言[:类别]）</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="104" />
        <source>Admin endpoint (optional)</source>
        <translation>Admin 地址（可选）</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="104" />
        <source>Phone number id</source>
        <translation>电话号码 ID</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="105" />
        <source>Graph API URL</source>
        <translation>Graph API 地址</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="106" />
        <source>Access token</source>
        <translation>访问令牌</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="106" />
        <source>Relay URL</source>
        <translation>中继地址</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="107" />
        <source>Relay token</source>
        <translation>中继令牌</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="108" />
        <source>Trusted mail server (authserv-id, optional)</source>
        <translation>可信邮件服务器（authserv-id，可选）</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="109" />
        <source>Verify DKIM signatures of Amazon/Shopify mail</source>
        <translation>验证亚马逊/Shopify 邮件的 DKIM 签名</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="110" />
        <source>Name at the relay (set automatically)</source>
        <translation>在中继上的名称（自动设置）</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="143" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="180" />
        <source>stored in the keyring; type to replace</source>
        <translation>已保存在系统钥匙串中；输入以替换</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="222" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="227" />
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="236" />
        <source>Connected: the platform accepted these settings.</source>
        <translation>连接成功：平台接受了这些设置。</translation>
    </message>
</context>
<context>
    <name>BreachNotifier</name>
    <message numerus="yes">
        <location filename="../ui/notify.py" line="63" />
        <source>%n conversation(s) about to breach the SLA</source>
        <translation>
            <numerusform>%n 个会话即将超出 SLA 时限</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/notify.py" line="64" />
        <source>%1 — %2 (%3 min left)</source>
        <translation>%1 — %2（剩余 %3 分钟）</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../ui/reading/composer.py" line="114" />
        <source>Write a reply… (type / for macros)</source>
        <translation>撰写回复…（输入 / 插入快捷回复）</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="124" />
        <location filename="../ui/reading/composer.py" line="259" />
        <location filename="../ui/reading/composer.py" line="264" />
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="126" />
        <source>Send (Ctrl+Enter)</source>
        <translation>发送（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="127" />
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="128" />
        <source>No response needed</source>
        <translation>无需回复</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="130" />
        <source>Send template</source>
        <translation>发送模板</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="183" />
        <source>Write in %1, send in %2</source>
        <translation>用%1撰写，以%2发送</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="186" />
        <source>Write in %1 (sent as written)</source>
        <translation>用%1撰写（按原文发送）</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="187" />
        <source>Send as written in %1 (not the customer's language)</source>
        <translation>按原文以%1发送（非客户语言）</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="214" />
        <source>Will be sent:</source>
        <translation>将发送：</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="214" />
        <source>Back-translation:</source>
        <translation>回译：</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="251" />
        <source>Send anyway</source>
        <translation>仍然发送</translation>
    </message>
</context>
<context>
    <name>ConversationController</name>
    <message>
        <location filename="../ui/reading/controller.py" line="81" />
        <source>Marked as needing no response: the SLA clock stopped.</source>
        <translation>已标记为无需回复：SLA 计时已停止。</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <location filename="../ui/reading/view.py" line="130" />
        <source>Select a conversation in the queue.</source>
        <translation>请在队列中选择一个会话。</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="175" />
        <source>Message from %1</source>
        <translation>%1 的消息</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="190" />
        <source>customer's time %1</source>
        <translation>客户当地时间 %1</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="192" />
        <source>order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="198" />
        <source>with %1</source>
        <translation>处理人 %1</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="202" />
        <source>Escalated: %1</source>
        <translation>已升级：%1</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="205" />
        <source>Unverified sender: this mail may be forged. It claims Amazon or Shopify but failed authentication.</source>
        <translation>未验证的发件人：此邮件可能是伪造的。它声称来自亚马逊或 Shopify，但未通过身份验证。</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="218" />
        <source>WhatsApp window closed: templates only</source>
        <translation>WhatsApp 窗口已关闭：只能发送模板</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="220" />
        <source>WhatsApp window open %1h %2m</source>
        <translation>WhatsApp 窗口剩余 %1 小时 %2 分</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="224" />
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="224" />
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="231" />
        <source>Show everything</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="245" />
        <source>Translation · %1</source>
        <translation>译文 · %1</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="249" />
        <source>Translating…</source>
        <translation>翻译中…</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="256" />
        <source>waiting to send</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="257" />
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="258" />
        <source>delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="259" />
        <source>read</source>
        <translation>已读</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="260" />
        <source>not delivered</source>
        <translation>发送失败</translation>
    </message>
</context>
<context>
    <name>KnowledgePanel</name>
    <message>
        <location filename="../ui/sidebar/knowledge_panel.py" line="41" />
        <source>Search articles and macros…</source>
        <translation>搜索文章和快捷回复…</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/knowledge_panel.py" line="50" />
        <source>Insert into reply</source>
        <translation>插入回复</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sidebar/knowledge_panel.py" line="103" />
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 条结果</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sidebar/knowledge_panel.py" line="93" />
        <source>Suggested for this conversation</source>
        <translation>为此会话推荐</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/knowledge_panel.py" line="109" />
        <source>Macro</source>
        <translation>快捷回复</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/knowledge_panel.py" line="109" />
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/knowledge_panel.py" line="109" />
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../ui/labels.py" line="13" />
        <source>Where is my order</source>
        <translation>订单在哪</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="14" />
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="15" />
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="16" />
        <source>Size exchange</source>
        <translation>换尺码</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="17" />
        <source>Damaged or defective</source>
        <translation>破损或故障</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="18" />
        <source>Missing item</source>
        <translation>少件漏发</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="19" />
        <source>Wrong item</source>
        <translation>发错货</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="20" />
        <source>Not as described</source>
        <translation>与描述不符</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="21" />
        <source>Cancellation</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="22" />
        <source>Address change</source>
        <translation>修改地址</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="23" />
        <source>Product question</source>
        <translation>商品咨询</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="24" />
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="25" />
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="26" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="33" />
        <source>angry customer</source>
        <translation>客户愤怒</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="34" />
        <source>chargeback or payment dispute</source>
        <translation>拒付或支付争议</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="35" />
        <source>A-to-z claim</source>
        <translation>亚马逊商城交易保障索赔</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="36" />
        <source>lawyer or consumer authority</source>
        <translation>律师或消费者保护机构</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="37" />
        <source>threatens a bad review</source>
        <translation>威胁给差评</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="38" />
        <source>asks for a manager</source>
        <translation>要求找主管</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="46" />
        <source>No translation: the provider cannot be reached (offline?). The original is shown.</source>
        <translation>无译文：无法连接翻译服务（离线？）。显示原文。</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="47" />
        <source>No translation: the provider's quota is used up. Try later or choose another provider.</source>
        <translation>无译文：翻译服务额度已用完。请稍后再试或更换翻译服务。</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="48" />
        <source>No translation: the provider refused the API key. Check it in Settings.</source>
        <translation>无译文：翻译服务拒绝了 API 密钥。请在设置中检查。</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="49" />
        <source>No translation: the provider failed. The original is shown.</source>
        <translation>无译文：翻译服务出错。显示原文。</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="57" />
        <source>AI drafts are off, or no provider and model are set (Settings).</source>
        <translation>AI 草稿未开启，或尚未设置服务商和模型（设置）。</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="58" />
        <source>No AI draft: the provider cannot be reached (offline, or the local server is not running).</source>
        <translation>没有 AI 草稿：无法连接服务商（离线，或本地服务器未运行）。</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="59" />
        <source>No AI draft: the provider stopped answering. Try again.</source>
        <translation>没有 AI 草稿：服务商没有继续响应，请重试。</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="60" />
        <source>No AI draft: the provider refused the API key. Check it in Settings.</source>
        <translation>没有 AI 草稿：服务商拒绝了 API 密钥，请在设置中检查。</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="61" />
        <source>No AI draft: the provider's rate limit is reached. Try again in a minute.</source>
        <translation>没有 AI 草稿：已达到服务商的调用频率上限，请一分钟后重试。</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="62" />
        <source>No AI draft: the provider refused the request (model name, length).</source>
        <translation>没有 AI 草稿：服务商拒绝了请求（模型名称或长度）。</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="63" />
        <source>No AI draft: the provider failed. Try again later.</source>
        <translation>没有 AI 草稿：服务商出错，请稍后重试。</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="64" />
        <source>No AI draft: the provider's content filter withheld it. Write this reply yourself.</source>
        <translation>没有 AI 草稿：服务商的内容过滤拦截了它，请自己撰写这条回复。</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="65" />
        <source>No AI draft: the provider answered with nothing.</source>
        <translation>没有 AI 草稿：服务商返回了空内容。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.py" line="85" />
        <source>Opening workspace…</source>
        <translation>正在打开工作区…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="102" />
        <source>Accounts…</source>
        <translation>账户…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="104" />
        <source>Conversation</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="105" />
        <source>Clear escalation</source>
        <translation>取消升级标记</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="106" />
        <source>No response needed</source>
        <translation>无需回复</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="107" />
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.py" line="110" />
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n 个会话</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="112" />
        <source>Could not read the queue: %1</source>
        <translation>无法读取队列：%1</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../ui/sidebar/notes_panel.py" line="26" />
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/notes_panel.py" line="27" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/notes_panel.py" line="58" />
        <source>No market known for this customer.</source>
        <translation>不清楚该客户所在市场。</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/notes_panel.py" line="57" />
        <source>Market: %1</source>
        <translation>市场：%1</translation>
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
        <location filename="../ui/queue/model.py" line="164" />
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="164" />
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="164" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="164" />
        <source>Conversation</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="165" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="165" />
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="165" />
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="187" />
        <source>Escalated: %1</source>
        <translation>已升级：%1</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="189" />
        <source>This mail claims to come from Amazon or Shopify but did not pass authentication.</source>
        <translation>此邮件声称来自亚马逊或 Shopify，但未通过身份验证。</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="209" />
        <source>⚠ unverified: %1</source>
        <translation>⚠ 未验证：%1</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../ui/queue/panel.py" line="60" />
        <source>Search messages and customers…</source>
        <translation>搜索消息和客户…</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="64" />
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="65" />
        <source>Pending</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="66" />
        <source>Snoozed</source>
        <translation>已延后</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="67" />
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="68" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="72" />
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="74" />
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="77" />
        <source>All languages</source>
        <translation>全部语言</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="80" />
        <source>⚠ Escalated</source>
        <translation>⚠ 已升级</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="81" />
        <source>Only conversations triage escalated</source>
        <translation>只显示被分诊升级的会话</translation>
    </message>
</context>
<context>
    <name>ReplyAssistant</name>
    <message>
        <location filename="../ui/reading/assist.py" line="53" />
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="53" />
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="53" />
        <source>Spanish</source>
        <translation>西班牙语</translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="53" />
        <source>German</source>
        <translation>德语</translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="54" />
        <source>French</source>
        <translation>法语</translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="54" />
        <source>Italian</source>
        <translation>意大利语</translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="54" />
        <source>Japanese</source>
        <translation>日语</translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="115" />
        <source>Proposed reply from “%1”: check it, then Ctrl+Enter to send.</source>
        <translation>根据“%1”生成的建议回复：请检查，然后按 Ctrl+Enter 发送。</translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="195" />
        <source>Check the warnings, then click Send anyway.</source>
        <translation>请检查警告，然后点击“仍然发送”。</translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="197" />
        <source>Not sent: the translation is not available now. Your text stays here. Try again later, or choose the language you wrote it in to send it as written.</source>
        <translation>未发送：翻译暂不可用。你的文字仍保留在这里。请稍后再试，或选择你书写所用的语言按原文发送。</translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="198" />
        <source>Not sent: this reply breaks the platform's rules. Change what is marked.</source>
        <translation>未发送：此回复违反平台规则，请修改标出的内容。</translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="199" />
        <source>Not sent: this conversation was imported from an archive and has no mailbox to answer from.</source>
        <translation>未发送：此会话是从邮件存档导入的，没有可用于回复的邮箱。</translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="200" />
        <source>Nothing to send.</source>
        <translation>没有可发送的内容。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="118" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="130" />
        <source>Translation</source>
        <translation>翻译</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="131" />
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="132" />
        <source>Automatic replies</source>
        <translation>自动回复</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="133" />
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="196" />
        <location filename="../ui/settings_dialog.py" line="205" />
        <source>stored in the system keyring; leave empty to keep</source>
        <translation>保存在系统密钥环中；留空则保持不变</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="155" />
        <source>Provider</source>
        <translation>翻译服务</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="124" />
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="129" />
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="134" />
        <source>AI drafts</source>
        <translation>AI 草稿</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="135" />
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="154" />
        <source>I read and write in</source>
        <translation>我的工作语言</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="156" />
        <source>Warn before a breach (hours)</source>
        <translation>超时前提醒（小时）</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="157" />
        <source>Offer AI drafts</source>
        <translation>提供 AI 草稿</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="158" />
        <source>Chat API address</source>
        <translation>聊天 API 地址</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="159" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="160" />
        <source>Send customers' e-mail and phone to a cloud provider</source>
        <translation>将客户的邮箱和电话发送给云端服务商</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="161" />
        <source>Let AI drafts go out automatically where a rule allows it</source>
        <translation>在规则允许时自动发送 AI 草稿</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="162" />
        <source>Give up after (seconds without words)</source>
        <translation>无输出多少秒后放弃</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="163" />
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="164" />
        <source>Longest draft (tokens)</source>
        <translation>草稿最大长度（token）</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="165" />
        <source>Team database</source>
        <translation>团队数据库</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="166" />
        <source>Team server's CA certificate (PEM file)</source>
        <translation>团队服务器的 CA 证书（PEM 文件）</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="167" />
        <source>Keep offline the team's conversations of the last (days)</source>
        <translation>离线保留团队最近几天的会话（天）</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="168" />
        <source>Tell colleagues I am here every (seconds)</source>
        <translation>每隔多久告知同事我在线（秒）</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="183" />
        <source>LibreTranslate URL</source>
        <translation>LibreTranslate 地址</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="183" />
        <source>Microsoft region</source>
        <translation>Microsoft 区域</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="184" />
        <source>MyMemory e-mail</source>
        <translation>MyMemory 邮箱</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="197" />
        <location filename="../ui/settings_dialog.py" line="206" />
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="198" />
        <source>Keys never leave this computer's keyring; Google and MyMemory need none.</source>
        <translation>密钥只保存在本机系统钥匙串中；Google 和 MyMemory 不需要密钥。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="207" />
        <source>Optional. Desk stays fully useful without it: drafts from OpenAI-compatible providers, cloud or on this computer (Ollama, llama.cpp).</source>
        <translation>可选。不启用时 Desk 的所有功能照常可用：草稿可来自兼容 OpenAI 接口的服务，云端或本机（Ollama、llama.cpp）均可。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="243" />
        <source>Agents that conversations are routed to, by the languages they speak:</source>
        <translation>按语言分配会话的客服：</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="306" />
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="213" />
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="213" />
        <source>Hours to answer</source>
        <translation>回复时限（小时）</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="217" />
        <source>Amazon counts 24 hours through weekends and holidays; WhatsApp allows free text for 24 hours after the customer's last message. Mail and Shopify targets are set per account.</source>
        <translation>亚马逊按 24 小时计算，周末和节假日照常计时；WhatsApp 在客户最后一条消息后 24 小时内允许自由文本。邮件和 Shopify 的时限按账户设置。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="228" />
        <source>Propose a reply</source>
        <translation>建议回复</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="228" />
        <source>Send automatically</source>
        <translation>自动发送</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="230" />
        <source>Automatic replies never go out when the policy check objects, when the order facts are missing, or when the customer is escalated.</source>
        <translation>当规则检查有异议、缺少订单信息或客户已升级时，绝不会自动发送回复。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="240" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="240" />
        <source>Languages (de,en)</source>
        <translation>语言（如 de,en）</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="241" />
        <source>Skills (escalation,complaint)</source>
        <translation>技能（如 escalation,complaint）</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="153" />
        <source>My name</source>
        <translation>我的名字</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="255" />
        <source>Add term</source>
        <translation>添加术语</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="257" />
        <source>Each row is one product or policy term in every language; translations keep it exact in both directions. Write variants after a |, the first one is used in translations. Empty a row to remove the term.</source>
        <translation>每行是一个产品或政策术语在各语言中的写法；翻译时双向保持不变。变体写在 | 之后，译文使用第一个。清空一行即删除该术语。</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../ui/sidebar/panel.py" line="26" />
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/panel.py" line="27" />
        <source>Knowledge</source>
        <translation>知识库</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/panel.py" line="28" />
        <source>Market</source>
        <translation>市场</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../ui/app.py" line="199" />
        <source>Desk cannot open this workspace</source>
        <translation>Desk 无法打开此工作区</translation>
    </message>
</context>
</TS>