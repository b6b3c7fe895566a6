<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountStatusBar</name>
    <message numerus="yes">
        <location filename="../ui/accounts/status.py" line="74"/>
        <source>%n account(s) need attention</source>
        <translation>
            <numerusform>%n 个账户需要处理</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/accounts/status.py" line="82"/>
        <source>up to date</source>
        <translation>已同步</translation>
    </message>
    <message>
        <location filename="../ui/accounts/status.py" line="82"/>
        <source>syncing</source>
        <translation>同步中</translation>
    </message>
    <message>
        <location filename="../ui/accounts/status.py" line="82"/>
        <source>rate-limited</source>
        <translation>限流中</translation>
    </message>
    <message>
        <location filename="../ui/accounts/status.py" line="83"/>
        <source>sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <location filename="../ui/accounts/status.py" line="84"/>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../ui/accounts/status.py" line="84"/>
        <source>error</source>
        <translation>出错</translation>
    </message>
    <message>
        <location filename="../ui/accounts/status.py" line="84"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/accounts/status.py" line="117"/>
        <source>(retry in %n min)</source>
        <translation>
            <numerusform>（%n 分钟后重试）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../ui/accounts/dialog.py" line="49"/>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="55"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="75"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="76"/>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="77"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="112"/>
        <source>E-mail address</source>
        <translation>邮箱地址</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="112"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="112"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="113"/>
        <source>IMAP server</source>
        <translation>IMAP 服务器</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="113"/>
        <source>IMAP port</source>
        <translation>IMAP 端口</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="114"/>
        <source>IMAP security</source>
        <translation>IMAP 加密</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="114"/>
        <source>SMTP server</source>
        <translation>SMTP 服务器</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="115"/>
        <source>SMTP port</source>
        <translation>SMTP 端口</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="115"/>
        <source>SMTP security</source>
        <translation>SMTP 加密</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="116"/>
        <source>Marketplace id</source>
        <translation>站点 ID</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="116"/>
        <source>Orders API version</source>
        <translation>订单 API 版本</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="117"/>
        <source>LWA client id</source>
        <translation>LWA 客户端 ID</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="117"/>
        <source>LWA client secret</source>
        <translation>LWA 客户端密钥</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="118"/>
        <source>Refresh token</source>
        <translation>刷新令牌</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="118"/>
        <source>SP-API endpoint (optional)</source>
        <translation>SP-API 地址（可选）</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="119"/>
        <source>LWA endpoint (optional)</source>
        <translation>LWA 地址（可选）</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="119"/>
        <source>Shop domain</source>
        <translation>店铺域名</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="120"/>
        <source>App authentication</source>
        <translation>应用认证方式</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="120"/>
        <source>App client id</source>
        <translation>应用客户端 ID</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="121"/>
        <source>App client secret</source>
        <translation>应用客户端密钥</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="122"/>
        <source>Admin access token (legacy custom app)</source>
        <translation>管理员访问令牌（旧版自定义应用）</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="151"/>
        <source>WhatsApp Business Account id (shown in the App Dashboard's API Setup beside the phone number id): Desk lists the account's approved templates from it on every sync, every few hours, and when you click Refresh beside the templates in the reply box.</source>
        <translation>WhatsApp 商业账户 ID（在应用面板的 API Setup 中，显示在电话号码 ID 旁）：Desk 据此列出该账户已批准的模板——同步时每隔几小时一次，以及在回复框模板旁点击“刷新”时。</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="152"/>
        <source>Template parameters: one line per template, name:language = the order facts that fill its {{1}}, {{2}}... in order, e.g. order_update:de = {{customer_name}} {{order_id}} {{tracking_number}}. A parameter no fact fills is typed in the reply box. Without a Business Account id, each line is a template: name:language[:category] = the approved text with the facts in place, e.g. order_shipped:de:utility = Hallo {{customer_name}}, Ihre Bestellung {{order_id}} ist unterwegs.</source>
        <translation>模板参数：每个模板一行，名称:语言 = 依次填入其 {{1}}、{{2}}… 的订单信息，例如 order_update:de = {{customer_name}} {{order_id}} {{tracking_number}}。没有订单信息填入的参数在回复框中手动填写。没有商业账户 ID 时，每行就是一个模板：名称:语言[:类别] = 审核通过的文本，参数处写上填入的订单信息，例如 order_shipped:de:utility = Hallo {{customer_name}}, Ihre Bestellung {{order_id}} ist unterwegs.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="123"/>
        <source>Admin endpoint (optional)</source>
        <translation>Admin 地址（可选）</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="123"/>
        <source>Phone number id</source>
        <translation>电话号码 ID</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="124"/>
        <source>Graph API URL</source>
        <translation>Graph API 地址</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="125"/>
        <source>Access token</source>
        <translation>访问令牌</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="125"/>
        <source>Relay URL</source>
        <translation>中继地址</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="126"/>
        <source>Relay token</source>
        <translation>中继令牌</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="126"/>
        <source>Template parameters (name:language = {{facts}})</source>
        <translation>模板参数（名称:语言 = {{订单信息}}）</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="127"/>
        <source>WhatsApp Business Account id (lists the approved templates)</source>
        <translation>WhatsApp 商业账户 ID（用于列出已批准的模板）</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="128"/>
        <source>Trusted mail server (authserv-id, optional)</source>
        <translation>可信邮件服务器（authserv-id，可选）</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="129"/>
        <source>Verify DKIM signatures of Amazon/Shopify mail</source>
        <translation>验证亚马逊/Shopify 邮件的 DKIM 签名</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="130"/>
        <source>Name at the relay (set automatically)</source>
        <translation>在中继上的名称（自动设置）</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="131"/>
        <source>Signature (added below every reply)</source>
        <translation>签名（附在每条回复下方）</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="136"/>
        <source>Gmail, Outlook and Yahoo want an app password (made in the account's security settings, with two-step verification on), not your login password.</source>
        <translation>Gmail、Outlook 和 Yahoo 需要使用应用专用密码（在账户的安全设置中生成，须先开启两步验证），而不是登录密码。</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="139"/>
        <source>Buyer messages: Amazon relays them to the mailbox you gave in Seller Central (Settings, Notification Preferences), from addresses like …@marketplace.amazon.com. Enter that mailbox's IMAP and SMTP servers; replies go back to the buyer's relay alias exactly as it wrote.</source>
        <translation>买家消息：亚马逊会把它们转发到您在卖家平台（设置 → 通知首选项）中填写的邮箱，发件地址形如 …@marketplace.amazon.com。请填写该邮箱的 IMAP 和 SMTP 服务器；回复会原样发回买家的匿名转发地址。</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="141"/>
        <source>Orders: your Selling Partner API app (Seller Central, Apps and Services, Develop Apps) gives the LWA client id and client secret; authorising it for your store gives the refresh token. The marketplace id is your store's (US: ATVPDKIKX0DER, UK: A1F83G8C2ARO7P, DE: A1PA6795UKMFR9, JP: A1VC38T7YXB528).</source>
        <translation>订单：您的 SP-API 应用（卖家平台 → 应用和服务 → 开发应用）提供 LWA 客户端 ID 和客户端密钥；为店铺授权该应用后得到刷新令牌。商城 ID 即您店铺所在站点的 ID（美国：ATVPDKIKX0DER，英国：A1F83G8C2ARO7P，德国：A1PA6795UKMFR9，日本：A1VC38T7YXB528）。</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="144"/>
        <source>Customer mail: your store's contact mailbox (the sender e-mail in Shopify's Settings, Notifications), over IMAP and SMTP.</source>
        <translation>顾客邮件：店铺的联系邮箱（Shopify 设置 → 通知中的发件邮箱），通过 IMAP 和 SMTP 收发。</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="146"/>
        <source>Orders: create an app in Shopify's Dev Dashboard with access to orders, customers and returns, install it on your store, and copy its client id and client secret. A legacy custom app gives an Admin API access token (shpat_…) instead. The shop domain is your-store.myshopify.com.</source>
        <translation>订单：在 Shopify 开发者后台（Dev Dashboard）创建一个有订单、顾客和退货权限的应用，安装到店铺，然后复制其客户端 ID 和客户端密钥。旧版自定义应用则提供 Admin API 访问令牌（shpat_…）。店铺域名形如 your-store.myshopify.com。</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="149"/>
        <source>In Meta's App Dashboard (WhatsApp, API Setup): the phone number id (a long number, not the phone number itself), and a permanent access token of a system user with the whatsapp_business_messaging permission.</source>
        <translation>在 Meta 应用面板（WhatsApp → API 设置）中：电话号码 ID（一串长数字，不是电话号码本身），以及具有 whatsapp_business_messaging 权限的系统用户的永久访问令牌。</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="150"/>
        <source>Relay URL and token: the webhook relay your team runs on a public host (desk relay), which Meta calls with new messages.</source>
        <translation>中继地址和令牌：您的团队在公网主机上运行的 Webhook 中继（desk relay），Meta 会把新消息推送给它。</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="155"/>
        <source>Any mailbox: its IMAP server (to read) and SMTP server (to answer), as the mail provider documents them.</source>
        <translation>任意邮箱：按邮件服务商的说明填写 IMAP 服务器（收信）和 SMTP 服务器（回信）。</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="165"/>
        <source>Some settings are missing or not valid.</source>
        <translation>有设置缺失或无效。</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="166"/>
        <source>The platform refused the sign-in: check the user name and password (an app password for Gmail and Outlook), or the tokens and client secret; a token may have been revoked.</source>
        <translation>平台拒绝登录：请检查用户名和密码（Gmail 和 Outlook 需用应用专用密码），或令牌和客户端密钥；令牌可能已被撤销。</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="167"/>
        <source>No answer from the server: check the host name and port, and that this computer is online (a firewall or proxy may block it).</source>
        <translation>服务器没有响应：请检查主机名和端口，以及本机是否联网（防火墙或代理可能拦截了连接）。</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="168"/>
        <source>The secure connection failed: check the security setting (TLS on ports 993 and 465, STARTTLS on 143 and 587) and the server's certificate.</source>
        <translation>安全连接失败：请检查加密设置（993 和 465 端口用 TLS，143 和 587 端口用 STARTTLS）以及服务器证书。</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="169"/>
        <source>The platform is limiting requests right now; the settings may well be right. Test again in a few minutes.</source>
        <translation>平台目前在限制请求频率，设置很可能没有问题。请几分钟后再测试。</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="170"/>
        <source>The platform answered but refused: the app or token may lack a permission.</source>
        <translation>平台有响应但拒绝了请求：应用或令牌可能缺少某项权限。</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="171"/>
        <source>The test failed.</source>
        <translation>测试失败。</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="222"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="261"/>
        <source>stored in the keyring; type to replace</source>
        <translation>已保存在系统钥匙串中；输入以替换</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="305"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="310"/>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="317"/>
        <source>Connected: the platform accepted these settings.</source>
        <translation>连接成功：平台接受了这些设置。</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="321"/>
        <source>Details: %1</source>
        <translation>详情：%1</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="61"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="85"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="88"/>
        <source>Done.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="104"/>
        <source>Asking the platform…</source>
        <translation>正在请求平台…</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="122"/>
        <source>(it had already been done)</source>
        <translation>（此前已完成）</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="125"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="127"/>
        <source>The platform refused: %1</source>
        <translation>平台拒绝：%1</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="132"/>
        <source>No answer from the platform (%1). Retry finishes this same action: it will not be done twice.</source>
        <translation>平台没有回应（%1）。点“重试”会完成同一个操作，不会重复执行。</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="134"/>
        <source>Retry</source>
        <translation>重试</translation>
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
        <location filename="../ui/actions.py" line="185"/>
        <source>Conversation</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="69"/>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="185"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="186"/>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
</context>
<context>
    <name>AiDrafter</name>
    <message>
        <location filename="../ui/reading/ai_draft.py" line="45"/>
        <source>What the AI gets…</source>
        <translation>AI 会收到什么…</translation>
    </message>
    <message>
        <location filename="../ui/reading/ai_draft.py" line="90"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../ui/reading/ai_draft.py" line="91"/>
        <source>Stop the AI draft (the reply stays as it was)</source>
        <translation>停止 AI 草稿（回复保持原样）</translation>
    </message>
    <message>
        <location filename="../ui/reading/ai_draft.py" line="92"/>
        <source>The AI is writing…</source>
        <translation>AI 正在撰写…</translation>
    </message>
    <message>
        <location filename="../ui/reading/ai_draft.py" line="109"/>
        <source>AI draft</source>
        <translation>AI 草稿</translation>
    </message>
    <message>
        <location filename="../ui/reading/ai_draft.py" line="110"/>
        <source>Let the AI write a draft in the customer's language from the conversation, the order and the knowledge base; you read it before it goes</source>
        <translation>让 AI 根据会话、订单和知识库，用客户的语言写一份草稿；发送前由你审阅</translation>
    </message>
    <message>
        <location filename="../ui/reading/ai_draft.py" line="127"/>
        <source>AI draft: check it before you send it (Ctrl+Z takes it back).</source>
        <translation>AI 草稿：发送前请核对（Ctrl+Z 可撤回）。</translation>
    </message>
    <message>
        <location filename="../ui/reading/ai_draft.py" line="129"/>
        <source>AI draft, not translated (translation unavailable): read it yourself before you send it (Ctrl+Z takes it back).</source>
        <translation>AI 草稿未翻译（翻译不可用）：发送前请自行阅读（Ctrl+Z 可撤回）。</translation>
    </message>
    <message>
        <location filename="../ui/reading/ai_draft.py" line="143"/>
        <source>The AI's draft, machine-translated into your language:</source>
        <translation>AI 草稿的机器翻译（你的语言）：</translation>
    </message>
    <message>
        <location filename="../ui/reading/ai_draft.py" line="168"/>
        <source>What the AI provider gets</source>
        <translation>AI 服务商会收到的内容</translation>
    </message>
</context>
<context>
    <name>AmazonMessageDialog</name>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="368"/>
        <source>Message the buyer about this order</source>
        <translation>就此订单给买家发消息</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="378"/>
        <source>An unexpected problem with the order</source>
        <translation>订单出现意外问题</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="379"/>
        <source>Confirm delivery details</source>
        <translation>确认配送信息</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="380"/>
        <source>Confirm order details</source>
        <translation>确认订单信息</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="381"/>
        <source>Confirm service details</source>
        <translation>确认服务信息</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="382"/>
        <source>Confirm customization details</source>
        <translation>确认定制信息</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="385"/>
        <source>Asking Amazon which messages it allows for this order…</source>
        <translation>正在询问亚马逊此订单允许发送哪些消息…</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="395"/>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="396"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="397"/>
        <source>Write in the buyer's language</source>
        <translation>用买家的语言撰写</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="400"/>
        <source>Amazon allows no message Desk can write about this order now (invoices, warranties and legal notes go through Seller Central).</source>
        <translation>亚马逊目前不允许 Desk 就此订单发送消息（发票、保修和法律声明请在卖家平台发送）。</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="410"/>
        <source>Send anyway</source>
        <translation>仍然发送</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="410"/>
        <source>Send to the buyer</source>
        <translation>发送给买家</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="425"/>
        <source>Amazon's rules object: %1</source>
        <translation>亚马逊规则不允许：%1</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="438"/>
        <source>Sent through Amazon; it is kept in the conversation.</source>
        <translation>已通过亚马逊发送，并保存在会话中。</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="245"/>
        <location filename="../ui/sidebar/order_actions.py" line="265"/>
        <source>Cancel the order</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="247"/>
        <source>the customer asked</source>
        <translation>顾客要求</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="247"/>
        <source>out of stock</source>
        <translation>缺货</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="248"/>
        <source>payment declined</source>
        <translation>付款被拒</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="248"/>
        <source>suspected fraud</source>
        <translation>疑似欺诈</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="249"/>
        <source>staff error</source>
        <translation>员工操作失误</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="249"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="252"/>
        <source>Refund the payment</source>
        <translation>退还付款</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="254"/>
        <source>Put the items back in stock</source>
        <translation>商品退回库存</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="256"/>
        <source>Tell the customer (Shopify's e-mail)</source>
        <translation>通知顾客（Shopify 邮件）</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="259"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="262"/>
        <source>Staff note</source>
        <translation>员工备注</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="273"/>
        <source>The order is cancelled.</source>
        <translation>订单已取消。</translation>
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
        <location filename="../ui/reading/composer.py" line="156"/>
        <source>Write a reply… (type / for macros)</source>
        <translation>撰写回复…（输入 / 插入快捷回复）</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="166"/>
        <location filename="../ui/reading/composer.py" line="356"/>
        <location filename="../ui/reading/composer.py" line="361"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="168"/>
        <source>Send (Ctrl+Enter)</source>
        <translation>发送（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="169"/>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="170"/>
        <source>No response needed</source>
        <translation>无需回复</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="172"/>
        <source>Attach…</source>
        <translation>附件…</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="173"/>
        <source>Attach files (or drop them on the reply)</source>
        <translation>添加附件（或把文件拖到回复框中）</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="178"/>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="194"/>
        <source>Send without these actions</source>
        <translation>发送时不执行这些操作</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="275"/>
        <source>Write in %1, send in %2</source>
        <translation>用%1撰写，以%2发送</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="278"/>
        <source>Write in %1 (sent as written)</source>
        <translation>用%1撰写（按原文发送）</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="279"/>
        <source>Send as written in %1 (not the customer's language)</source>
        <translation>按原文以%1发送（非客户语言）</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="307"/>
        <source>Will be sent:</source>
        <translation>将发送：</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="307"/>
        <source>Back-translation:</source>
        <translation>回译：</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="314"/>
        <source>Signature added below:</source>
        <translation>下方将附上签名：</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="348"/>
        <source>Send anyway</source>
        <translation>仍然发送</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="370"/>
        <source>Inserts (%1):</source>
        <translation>将插入（%1）：</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="374"/>
        <source>In your language:</source>
        <translation>您的语言版本：</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="374"/>
        <source>Machine translation:</source>
        <translation>机器翻译：</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="386"/>
        <source>reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="386"/>
        <source>set pending</source>
        <translation>设为等待顾客</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="386"/>
        <source>resolve</source>
        <translation>标记为已解决</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reading/composer.py" line="391"/>
        <source>snooze %n hour(s)</source>
        <translation>
            <numerusform>暂停 %n 小时</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="393"/>
        <source>assign to me</source>
        <translation>分配给我</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="394"/>
        <source>assign to %1</source>
        <translation>分配给 %1</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="395"/>
        <source>tag %1</source>
        <translation>加标签 %1</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="396"/>
        <source>untag %1</source>
        <translation>去掉标签 %1</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="397"/>
        <source>When sent: %1</source>
        <translation>发送后：%1</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="413"/>
        <source>Attach files</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="440"/>
        <source>Take this file off the reply</source>
        <translation>从回复中移除此文件</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="461"/>
        <source>Cost: %1</source>
        <translation>费用：%1</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="462"/>
        <source>Meta's pricing category and the estimated price of this reply</source>
        <translation>Meta 对此回复的计费类别和预估价格</translation>
    </message>
</context>
<context>
    <name>ConversationController</name>
    <message>
        <location filename="../ui/reading/controller.py" line="127"/>
        <source>Save the customer's file</source>
        <translation>保存客户的文件</translation>
    </message>
    <message>
        <location filename="../ui/reading/controller.py" line="135"/>
        <source>This file is not on this computer (it is not kept offline): open it once Desk is back online.</source>
        <translation>此文件不在本机（未离线保存）：请在 Desk 恢复在线后打开。</translation>
    </message>
    <message>
        <location filename="../ui/reading/controller.py" line="139"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../ui/reading/controller.py" line="152"/>
        <source>Marked as needing no response: the SLA clock stopped.</source>
        <translation>已标记为无需回复：SLA 计时已停止。</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <location filename="../ui/reading/view.py" line="144"/>
        <source>Select a conversation in the queue.</source>
        <translation>请在队列中选择一个会话。</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="219"/>
        <source>Message from %1</source>
        <translation>%1 的消息</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="234"/>
        <source>customer's time %1</source>
        <translation>客户当地时间 %1</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="236"/>
        <source>order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="242"/>
        <source>with %1</source>
        <translation>处理人 %1</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="246"/>
        <source>Escalated: %1</source>
        <translation>已升级：%1</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="249"/>
        <source>Unverified sender: this mail may be forged. It claims Amazon or Shopify but failed authentication.</source>
        <translation>未验证的发件人：此邮件可能是伪造的。它声称来自亚马逊或 Shopify，但未通过身份验证。</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="263"/>
        <source>💤 Snoozed until %1</source>
        <translation>💤 暂缓至 %1</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="263"/>
        <source>💤 Snoozed</source>
        <translation>💤 已暂缓</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="265"/>
        <source>⏳ Waiting for the customer</source>
        <translation>⏳ 等待客户回复</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="267"/>
        <source>✓ Resolved</source>
        <translation>✓ 已解决</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reading/view.py" line="283"/>
        <source>%n other conversation(s) about order %1</source>
        <translation>
            <numerusform>另有 %n 个关于订单 %1 的会话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reading/view.py" line="286"/>
        <source>%n other conversation(s) with this customer</source>
        <translation>
            <numerusform>该客户另有 %n 个会话</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="295"/>
        <source>WhatsApp window closed: templates only</source>
        <translation>WhatsApp 窗口已关闭：只能发送模板</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="297"/>
        <source>WhatsApp window open %1h %2m</source>
        <translation>WhatsApp 窗口剩余 %1 小时 %2 分</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="301"/>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="301"/>
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="308"/>
        <source>Show everything</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="320"/>
        <source>File:</source>
        <translation>附件：</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reading/view.py" line="326"/>
        <source>and %n more file(s)</source>
        <translation>
            <numerusform>另有 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="333"/>
        <source>Translation · %1</source>
        <translation>译文 · %1</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="337"/>
        <source>Translating…</source>
        <translation>翻译中…</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="344"/>
        <source>waiting to send</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="345"/>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="346"/>
        <source>delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="347"/>
        <source>read</source>
        <translation>已读</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="348"/>
        <source>not delivered</source>
        <translation>发送失败</translation>
    </message>
</context>
<context>
    <name>KnowledgePanel</name>
    <message>
        <location filename="../ui/sidebar/knowledge_panel.py" line="42"/>
        <source>Search articles and macros…</source>
        <translation>搜索文章和快捷回复…</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/knowledge_panel.py" line="51"/>
        <source>Insert into reply</source>
        <translation>插入回复</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sidebar/knowledge_panel.py" line="104"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 条结果</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sidebar/knowledge_panel.py" line="94"/>
        <source>Suggested for this conversation</source>
        <translation>为此会话推荐</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/knowledge_panel.py" line="110"/>
        <source>Macro</source>
        <translation>快捷回复</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/knowledge_panel.py" line="110"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/knowledge_panel.py" line="110"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../ui/labels.py" line="14"/>
        <source>Where is my order</source>
        <translation>订单在哪</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="15"/>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="16"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="17"/>
        <source>Size exchange</source>
        <translation>换尺码</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="18"/>
        <source>Damaged or defective</source>
        <translation>破损或故障</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="19"/>
        <source>Missing item</source>
        <translation>少件漏发</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="20"/>
        <source>Wrong item</source>
        <translation>发错货</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="21"/>
        <source>Not as described</source>
        <translation>与描述不符</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="22"/>
        <source>Cancellation</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="23"/>
        <source>Address change</source>
        <translation>修改地址</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="24"/>
        <source>Product question</source>
        <translation>商品咨询</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="25"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="26"/>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="27"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="34"/>
        <source>angry customer</source>
        <translation>客户愤怒</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="35"/>
        <source>chargeback or payment dispute</source>
        <translation>拒付或支付争议</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="36"/>
        <source>A-to-z claim</source>
        <translation>亚马逊商城交易保障索赔</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="37"/>
        <source>lawyer or consumer authority</source>
        <translation>律师或消费者保护机构</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="38"/>
        <source>threatens a bad review</source>
        <translation>威胁给差评</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="39"/>
        <source>asks for a manager</source>
        <translation>要求找主管</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="40"/>
        <source>reads like an escalation (no rule matched)</source>
        <translation>看起来需要升级处理（无规则命中）</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="48"/>
        <source>No translation: the provider cannot be reached (offline?). The original is shown.</source>
        <translation>无译文：无法连接翻译服务（离线？）。显示原文。</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="49"/>
        <source>No translation: the provider's quota is used up. Try later or choose another provider.</source>
        <translation>无译文：翻译服务额度已用完。请稍后再试或更换翻译服务。</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="50"/>
        <source>No translation: the provider refused the API key. Check it in Settings.</source>
        <translation>无译文：翻译服务拒绝了 API 密钥。请在设置中检查。</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="51"/>
        <source>No translation: the provider failed. The original is shown.</source>
        <translation>无译文：翻译服务出错。显示原文。</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="59"/>
        <source>AI drafts are off, or no provider and model are set (Settings).</source>
        <translation>AI 草稿未开启，或尚未设置服务商和模型（设置）。</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="60"/>
        <source>No AI draft: the provider cannot be reached (offline, or the local server is not running).</source>
        <translation>没有 AI 草稿：无法连接服务商（离线，或本地服务器未运行）。</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="61"/>
        <source>No AI draft: the provider stopped answering. Try again.</source>
        <translation>没有 AI 草稿：服务商没有继续响应，请重试。</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="62"/>
        <source>No AI draft: the provider refused the API key. Check it in Settings.</source>
        <translation>没有 AI 草稿：服务商拒绝了 API 密钥，请在设置中检查。</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="63"/>
        <source>No AI draft: the provider's rate limit is reached. Try again in a minute.</source>
        <translation>没有 AI 草稿：已达到服务商的调用频率上限，请一分钟后重试。</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="64"/>
        <source>No AI draft: the provider refused the request (model name, length).</source>
        <translation>没有 AI 草稿：服务商拒绝了请求（模型名称或长度）。</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="65"/>
        <source>No AI draft: the provider failed. Try again later.</source>
        <translation>没有 AI 草稿：服务商出错，请稍后重试。</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="66"/>
        <source>No AI draft: the provider's content filter withheld it. Write this reply yourself.</source>
        <translation>没有 AI 草稿：服务商的内容过滤拦截了它，请自己撰写这条回复。</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="67"/>
        <source>No AI draft: the provider answered with nothing.</source>
        <translation>没有 AI 草稿：服务商返回了空内容。</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="74"/>
        <source>awaiting payment</source>
        <translation>待付款</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="75"/>
        <source>not shipped</source>
        <translation>未发货</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="76"/>
        <source>partly shipped</source>
        <translation>部分发货</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="77"/>
        <source>shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="78"/>
        <location filename="../ui/labels.py" line="93"/>
        <source>delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="79"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="80"/>
        <source>cannot be fulfilled</source>
        <translation>无法履约</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="81"/>
        <location filename="../ui/labels.py" line="104"/>
        <source>refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="82"/>
        <source>partly refunded</source>
        <translation>部分退款</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="90"/>
        <source>label created</source>
        <translation>已创建面单</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="91"/>
        <source>in transit</source>
        <translation>运输中</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="92"/>
        <source>out for delivery</source>
        <translation>派送中</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="94"/>
        <source>delivery problem</source>
        <translation>配送异常</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="95"/>
        <source>returned to sender</source>
        <translation>已退回发件人</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="102"/>
        <location filename="../ui/labels.py" line="112"/>
        <source>requested</source>
        <translation>已申请</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="103"/>
        <source>in progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="105"/>
        <location filename="../ui/labels.py" line="117"/>
        <source>refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="113"/>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="114"/>
        <source>item received</source>
        <translation>已收到退货</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="115"/>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="116"/>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="126"/>
        <source>return</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="127"/>
        <source>returned</source>
        <translation>已退货</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="128"/>
        <source>order cancelled</source>
        <translation>订单取消</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="129"/>
        <source>damaged</source>
        <translation>商品损坏</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="130"/>
        <source>defective</source>
        <translation>商品有缺陷</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="131"/>
        <source>changed their mind</source>
        <translation>顾客改变主意</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="132"/>
        <source>no longer wanted</source>
        <translation>不想要了</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="133"/>
        <source>no longer needed</source>
        <translation>不再需要</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="134"/>
        <source>not as described</source>
        <translation>与描述不符</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="135"/>
        <source>not as expected</source>
        <translation>与预期不符</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="136"/>
        <source>wrong size</source>
        <translation>尺码不对</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="137"/>
        <source>too small</source>
        <translation>太小</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="138"/>
        <source>too large</source>
        <translation>太大</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="139"/>
        <source>wrong item sent</source>
        <translation>发错商品</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="140"/>
        <source>colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="141"/>
        <source>style</source>
        <translation>款式</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="142"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="143"/>
        <source>no reason given</source>
        <translation>未说明原因</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="172"/>
        <source>service</source>
        <translation>服务类</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="173"/>
        <source>utility</source>
        <translation>工具类</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="174"/>
        <source>marketing</source>
        <translation>营销类</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="175"/>
        <source>authentication</source>
        <translation>身份验证类</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="179"/>
        <source>%1 · free</source>
        <translation>%1 · 免费</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="180"/>
        <source>%1 · about %2 %3</source>
        <translation>%1 · 约 %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="192"/>
        <source>customer name</source>
        <translation>顾客姓名</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="193"/>
        <source>order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="194"/>
        <source>order date</source>
        <translation>下单日期</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="195"/>
        <source>order total</source>
        <translation>订单金额</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="196"/>
        <source>carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="197"/>
        <source>tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="198"/>
        <source>tracking link</source>
        <translation>物流跟踪链接</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="199"/>
        <source>refund amount</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="200"/>
        <source>return deadline</source>
        <translation>退货截止日期</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="201"/>
        <source>items</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="202"/>
        <source>shop name</source>
        <translation>店铺名称</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="203"/>
        <source>your name</source>
        <translation>您的名字</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="204"/>
        <source>market</source>
        <translation>市场</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="207"/>
        <source>parameter %1</source>
        <translation>参数 %1</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="214"/>
        <source>Amazon removes Orders API v0, which this account reads orders through, on %1: switch its Orders API version to 2026-01-01.</source>
        <translation>此账户通过 Orders API v0 读取订单，亚马逊将于 %1 停用该版本：请把订单 API 版本改为 2026-01-01。</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="216"/>
        <source>The platform answered with another API version than Desk asks for: %1</source>
        <translation>平台返回的 API 版本与 Desk 请求的不同：%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.py" line="89"/>
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
    <name>NoteDialog</name>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="325"/>
        <source>Add a note to the order</source>
        <translation>给订单添加备注</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="328"/>
        <source>Note (in Shopify, not seen by the customer)</source>
        <translation>备注（保存在 Shopify，顾客看不到）</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="331"/>
        <source>Add the note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="337"/>
        <source>The note is on the order.</source>
        <translation>备注已加到订单上。</translation>
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
    <name>Notifier</name>
    <message numerus="yes">
        <location filename="../ui/notify.py" line="103"/>
        <source>%n new customer message(s)</source>
        <translation>
            <numerusform>%n 条新的顾客消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/notify.py" line="106"/>
        <source>in %n conversation(s)</source>
        <translation>
            <numerusform>共 %n 个会话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/notify.py" line="129"/>
        <source>%n conversation(s) about to breach the SLA</source>
        <translation>
            <numerusform>%n 个会话即将超出回复时限</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/notify.py" line="130"/>
        <source>%1 — %2 (%3 min left)</source>
        <translation>%1 — %2（剩余 %3 分钟）</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/notify.py" line="144"/>
        <source>Desk — %n notification(s) held during quiet hours</source>
        <translation>
            <numerusform>Desk — 免打扰时段内有 %n 条通知未弹出</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="63"/>
        <source>Refund…</source>
        <translation>退款…</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="63"/>
        <source>Cancel order…</source>
        <translation>取消订单…</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="64"/>
        <source>Start a return…</source>
        <translation>创建退货…</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="64"/>
        <source>Add a note…</source>
        <translation>添加备注…</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="65"/>
        <source>Add tags…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="75"/>
        <source>No order linked to this conversation.</source>
        <translation>此会话未关联订单。</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="90"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="90"/>
        <source>Placed</source>
        <translation>下单于</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="90"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="91"/>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="91"/>
        <source>Tracking</source>
        <translation>物流跟踪</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="91"/>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="92"/>
        <source>Returns</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="92"/>
        <source>ETA</source>
        <translation>预计送达</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="92"/>
        <source>shipped</source>
        <translation>发货于</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="168"/>
        <source>Message the buyer about this order…</source>
        <translation>就此订单给买家发消息…</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="169"/>
        <source>Amazon offers no refund, cancellation, return, note or tag through its API: do these in Seller Central.</source>
        <translation>亚马逊的 API 不提供退款、取消、退货、备注或标签操作：请在卖家平台中处理。</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="170"/>
        <source>Open the order in Seller Central</source>
        <translation>在卖家平台打开此订单</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="194"/>
        <source>the order is cancelled or fully refunded</source>
        <translation>订单已取消或已全额退款</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="195"/>
        <source>it has shipped: refund it or start a return instead</source>
        <translation>订单已发货：请改为退款或创建退货</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="196"/>
        <source>only shipped items can be returned</source>
        <translation>只有已发货的商品才能退货</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="197"/>
        <source>no Shopify order is linked to this conversation yet</source>
        <translation>此会话还没有关联 Shopify 订单</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="198"/>
        <source>Amazon's API cannot do this</source>
        <translation>亚马逊的 API 无法执行此操作</translation>
    </message>
</context>
<context>
    <name>QuarantineBanner</name>
    <message>
        <location filename="../ui/quarantine.py" line="46"/>
        <source>Show them…</source>
        <translation>查看…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/quarantine.py" line="77"/>
        <source>%n message(s) could not be read. They are kept as they arrived.</source>
        <translation>
            <numerusform>有 %n 条消息无法读取，已按原样保存。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/quarantine.py" line="80"/>
        <source>Latest: %1</source>
        <translation>最新：%1</translation>
    </message>
</context>
<context>
    <name>QuarantineDialog</name>
    <message>
        <location filename="../ui/quarantine.py" line="108"/>
        <source>Messages that could not be read</source>
        <translation>无法读取的消息</translation>
    </message>
    <message>
        <location filename="../ui/quarantine.py" line="110"/>
        <source>Desk kept these exactly as they arrived, with why they could not be read. Export them for a bug report, or read them again after an update.</source>
        <translation>Desk 按收到时的原样保存了这些内容，并注明了无法读取的原因。可以导出用于报告问题，或在升级后重新读取。</translation>
    </message>
    <message>
        <location filename="../ui/quarantine.py" line="113"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../ui/quarantine.py" line="113"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/quarantine.py" line="113"/>
        <source>From</source>
        <translation>发件人</translation>
    </message>
    <message>
        <location filename="../ui/quarantine.py" line="113"/>
        <source>Sent</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <location filename="../ui/quarantine.py" line="114"/>
        <source>Why it could not be read</source>
        <translation>无法读取的原因</translation>
    </message>
    <message>
        <location filename="../ui/quarantine.py" line="114"/>
        <source>Last seen</source>
        <translation>最近一次收到</translation>
    </message>
    <message>
        <location filename="../ui/quarantine.py" line="115"/>
        <source>Tries</source>
        <translation>重试次数</translation>
    </message>
    <message>
        <location filename="../ui/quarantine.py" line="125"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../ui/quarantine.py" line="126"/>
        <source>Read again</source>
        <translation>重新读取</translation>
    </message>
    <message>
        <location filename="../ui/quarantine.py" line="127"/>
        <source>Read the selected items again (all when none is selected)</source>
        <translation>重新读取所选项目（未选时读取全部）</translation>
    </message>
    <message>
        <location filename="../ui/quarantine.py" line="128"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/quarantine.py" line="144"/>
        <source>mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../ui/quarantine.py" line="144"/>
        <source>WhatsApp event</source>
        <translation>WhatsApp 事件</translation>
    </message>
    <message>
        <location filename="../ui/quarantine.py" line="144"/>
        <source>order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../ui/quarantine.py" line="169"/>
        <source>Export to folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/quarantine.py" line="183"/>
        <source>%n item(s) written to %1, with index.json describing them.</source>
        <translation>
            <numerusform>已将 %n 项写入 %1，并附有说明它们的 index.json。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/quarantine.py" line="189"/>
        <source>Reading again…</source>
        <translation>正在重新读取…</translation>
    </message>
    <message>
        <location filename="../ui/quarantine.py" line="195"/>
        <source>%1 read now (%2 new message(s)); %3 still cannot be read.</source>
        <translation>%1 项现在可以读取（新增 %2 条消息）；%3 项仍无法读取。</translation>
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
        <location filename="../ui/queue/panel.py" line="94"/>
        <source>Search messages and customers… (Ctrl+F)</source>
        <translation>搜索消息和客户…（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="98"/>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="100"/>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="103"/>
        <source>All languages</source>
        <translation>全部语言</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="107"/>
        <location filename="../ui/queue/panel.py" line="311"/>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="151"/>
        <location filename="../ui/sidebar/order_actions.py" line="225"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="154"/>
        <source>Also refund shipping</source>
        <translation>同时退还运费</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="160"/>
        <source>reason, kept with the refund</source>
        <translation>原因，随退款保存</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="161"/>
        <source>Tell the customer (Shopify's e-mail)</source>
        <translation>通知顾客（Shopify 邮件）</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="163"/>
        <source>Put the items back in stock</source>
        <translation>商品退回库存</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="173"/>
        <source>Asking Shopify what it suggests…</source>
        <translation>正在获取 Shopify 建议的退款…</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="187"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="189"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="213"/>
        <source>Shopify suggests %1 %2 for these items (at most %3 left on the order).</source>
        <translation>Shopify 建议为这些商品退款 %1 %2（订单最多还可退 %3）。</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="226"/>
        <source>Refund %1 %2</source>
        <translation>退款 %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="236"/>
        <source>Refunded %1 %2.</source>
        <translation>已退款 %1 %2。</translation>
    </message>
</context>
<context>
    <name>ReplyAssistant</name>
    <message>
        <location filename="../ui/reading/assist.py" line="76"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="76"/>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="76"/>
        <source>Spanish</source>
        <translation>西班牙语</translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="76"/>
        <source>German</source>
        <translation>德语</translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="77"/>
        <source>French</source>
        <translation>法语</translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="77"/>
        <source>Italian</source>
        <translation>意大利语</translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="77"/>
        <source>Japanese</source>
        <translation>日语</translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="152"/>
        <source>Templates listed from WhatsApp: %1 approved.</source>
        <translation>已从 WhatsApp 列出模板：%1 个已批准。</translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="154"/>
        <source>Templates not refreshed: add the account's WhatsApp Business Account id in Accounts.</source>
        <translation>模板未刷新：请在“账户”中填写该账户的 WhatsApp 商业账户 ID。</translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="156"/>
        <source>Templates not refreshed: on a team database the team's worker lists them when it syncs.</source>
        <translation>模板未刷新：在团队数据库中，由团队的工作进程在同步时列出模板。</translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="159"/>
        <source>Templates not refreshed: WhatsApp is limiting requests. Try again in %1 min.</source>
        <translation>模板未刷新：WhatsApp 正在限制请求，请 %1 分钟后再试。</translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="160"/>
        <source>Templates not refreshed: %1</source>
        <translation>模板未刷新：%1</translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="214"/>
        <source>Proposed reply from “%1”: check it, then Ctrl+Enter to send.</source>
        <translation>根据“%1”生成的建议回复：请检查，然后按 Ctrl+Enter 发送。</translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="302"/>
        <source>Sent. The macro also snoozes the conversation, which this Desk cannot do yet: snooze it yourself.</source>
        <translation>已发送。此快捷回复还会暂停会话，但当前 Desk 还不能执行：请手动暂停。</translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="303"/>
        <source>Sent. The macro assigns the conversation to you: set your name in Settings so it can.</source>
        <translation>已发送。此快捷回复会把会话分配给您：请先在设置中填写您的名字。</translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="304"/>
        <source>Sent. One of the macro's actions was not taken.</source>
        <translation>已发送。快捷回复的某项操作未执行。</translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="317"/>
        <source>Check the warnings, then click Send anyway.</source>
        <translation>请检查警告，然后点击“仍然发送”。</translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="319"/>
        <source>Not sent: the translation is not available now. Your text stays here. Try again later, or choose the language you wrote it in to send it as written.</source>
        <translation>未发送：翻译暂不可用。你的文字仍保留在这里。请稍后再试，或选择你书写所用的语言按原文发送。</translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="320"/>
        <source>Not sent: this reply breaks the platform's rules. Change what is marked.</source>
        <translation>未发送：此回复违反平台规则，请修改标出的内容。</translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="321"/>
        <source>Not sent: this conversation was imported from an archive and has no mailbox to answer from.</source>
        <translation>未发送：此会话是从邮件存档导入的，没有可用于回复的邮箱。</translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="322"/>
        <source>Nothing to send.</source>
        <translation>没有可发送的内容。</translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="323"/>
        <source>Not sent: the platform would refuse the attached files (%1). Take them off or choose others.</source>
        <translation>未发送：平台不接受所附文件（%1）。请移除或换其他文件。</translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="324"/>
        <source>Not sent: the template needs a value for %1.</source>
        <translation>未发送：模板缺少参数 %1 的值。</translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="326"/>
        <source>Not sent: %1 owns this conversation.</source>
        <translation>未发送：此会话由 %1 负责。</translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="327"/>
        <source>Not sent: files cannot wait while the team server is away. Take them off, or send once Desk is back online.</source>
        <translation>未发送：团队服务器无法连接时，附件不能排队等待。请移除附件，或在 Desk 恢复在线后再发送。</translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="360"/>
        <source>Not attached: %1</source>
        <translation>未能添加附件：%1</translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="374"/>
        <source>The platform will refuse these files: %1</source>
        <translation>平台将不接受这些文件：%1</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="281"/>
        <source>Start a return</source>
        <translation>创建退货</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="287"/>
        <source>Reading the order and the store's return reasons…</source>
        <translation>正在读取订单和店铺的退货原因…</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="300"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="301"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="303"/>
        <source>Nothing on this order can be returned now.</source>
        <translation>此订单目前没有可退货的商品。</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="309"/>
        <source>Create the return</source>
        <translation>创建退货</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="317"/>
        <source>Return %1 created.</source>
        <translation>已创建退货 %1。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="124"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="136"/>
        <source>Translation</source>
        <translation>翻译</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="137"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="139"/>
        <source>Automatic replies</source>
        <translation>自动回复</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="140"/>
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="209"/>
        <location filename="../ui/settings_dialog.py" line="233"/>
        <source>stored in the system keyring; leave empty to keep</source>
        <translation>保存在系统密钥环中；留空则保持不变</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="163"/>
        <source>Provider</source>
        <translation>翻译服务</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="130"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="135"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="138"/>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="141"/>
        <source>AI drafts</source>
        <translation>AI 草稿</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="142"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="143"/>
        <location filename="../ui/settings_dialog.py" line="181"/>
        <source>Keyboard</source>
        <translation>键盘</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="162"/>
        <source>I read and write in</source>
        <translation>我的工作语言</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="164"/>
        <source>Warn before a breach (hours)</source>
        <translation>超时前提醒（小时）</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="165"/>
        <source>Offer AI drafts</source>
        <translation>提供 AI 草稿</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="166"/>
        <source>Chat API address</source>
        <translation>聊天 API 地址</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="167"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="168"/>
        <source>Send customers' e-mail and phone to a cloud provider</source>
        <translation>将客户的邮箱和电话发送给云端服务商</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="169"/>
        <source>Let AI drafts go out automatically where a rule allows it</source>
        <translation>在规则允许时自动发送 AI 草稿</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="170"/>
        <source>Give up after (seconds without words)</source>
        <translation>无输出多少秒后放弃</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="171"/>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="172"/>
        <source>Longest draft (tokens)</source>
        <translation>草稿最大长度（token）</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="173"/>
        <source>Team database</source>
        <translation>团队数据库</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="174"/>
        <source>Team server's CA certificate (PEM file)</source>
        <translation>团队服务器的 CA 证书（PEM 文件）</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="175"/>
        <source>Keep offline the team's conversations of the last (days)</source>
        <translation>离线保留团队最近几天的会话（天）</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="176"/>
        <source>Tell colleagues I am here every (seconds)</source>
        <translation>每隔多久告知同事我在线（秒）</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="177"/>
        <source>Notify me of new customer messages</source>
        <translation>有新的顾客消息时通知我</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="178"/>
        <source>Notify me before a breach</source>
        <translation>即将超时前通知我</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="179"/>
        <source>Play a sound</source>
        <translation>播放提示音</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="180"/>
        <source>Quiet hours (e.g. 22:00-08:00)</source>
        <translation>免打扰时段（如 22:00-08:00）</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="196"/>
        <source>LibreTranslate URL</source>
        <translation>LibreTranslate 地址</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="196"/>
        <source>Microsoft region</source>
        <translation>Microsoft 区域</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="197"/>
        <source>MyMemory e-mail</source>
        <translation>MyMemory 邮箱</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="210"/>
        <location filename="../ui/settings_dialog.py" line="234"/>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="212"/>
        <source>Keys never leave this computer's keyring; Google and MyMemory need none.</source>
        <translation>密钥只保存在本机系统钥匙串中；Google 和 MyMemory 不需要密钥。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="225"/>
        <source>The worker translates customers' new messages into these languages as they arrive, for every agent to read at once and offline. Each language costs provider characters.</source>
        <translation>新的客户消息一到，后台服务就将其翻译为这些语言，供每位客服即时及离线阅读。每种语言都会消耗翻译服务的字符额度。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="227"/>
        <source>Translate ahead for the team into</source>
        <translation>团队预先翻译为</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="235"/>
        <source>Optional. Desk stays fully useful without it: drafts from OpenAI-compatible providers, cloud or on this computer (Ollama, llama.cpp).</source>
        <translation>可选。不启用时 Desk 的所有功能照常可用：草稿可来自兼容 OpenAI 接口的服务，云端或本机（Ollama、llama.cpp）均可。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="244"/>
        <source>the password your team's lead gave you</source>
        <translation>团队负责人给你的密码</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="245"/>
        <source>My team password</source>
        <translation>我的团队密码</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="246"/>
        <source>Join</source>
        <translation>加入</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="248"/>
        <source>The address names your login: postgresql://LOGIN@host/database. The password is kept in the system keyring.</source>
        <translation>地址中包含你的登录名：postgresql://登录名@主机/数据库。密码保存在系统密钥环中。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="264"/>
        <source>Give the team's address and your password first.</source>
        <translation>请先填写团队地址和你的密码。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="271"/>
        <source>Joined %1. Start Desk with desk --team to work on the team's queue.</source>
        <translation>已加入 %1。用 desk --team 启动 Desk 即可处理团队队列。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="273"/>
        <source>Not joined: %1</source>
        <translation>未加入：%1</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="313"/>
        <source>Agents that conversations are routed to, by the languages they speak:</source>
        <translation>按语言分配会话的客服：</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="342"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="342"/>
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="356"/>
        <source>Back to the default keys</source>
        <translation>恢复默认按键</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="358"/>
        <source>Click a key and press the new one. Letters act on the queue unless you are typing in a text field.</source>
        <translation>点击一个按键，然后按下新的按键。除非正在文本框中输入，字母键作用于队列。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="386"/>
        <source>“%1” and “%2” both use %3: give one of them another key.</source>
        <translation>“%1”和“%2”都使用 %3：请给其中一个换一个按键。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="433"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="283"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="283"/>
        <source>Hours to answer</source>
        <translation>回复时限（小时）</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="287"/>
        <source>Amazon counts 24 hours through weekends and holidays; WhatsApp allows free text for 24 hours after the customer's last message. Mail and Shopify targets are set per account.</source>
        <translation>亚马逊按 24 小时计算，周末和节假日照常计时；WhatsApp 在客户最后一条消息后 24 小时内允许自由文本。邮件和 Shopify 的时限按账户设置。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="298"/>
        <source>Propose a reply</source>
        <translation>建议回复</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="298"/>
        <source>Send automatically</source>
        <translation>自动发送</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="300"/>
        <source>Automatic replies never go out when the policy check objects, when the order facts are missing, or when the customer is escalated.</source>
        <translation>当规则检查有异议、缺少订单信息或客户已升级时，绝不会自动发送回复。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="310"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="310"/>
        <source>Languages (de,en)</source>
        <translation>语言（如 de,en）</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="311"/>
        <source>Skills (escalation,complaint)</source>
        <translation>技能（如 escalation,complaint）</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="161"/>
        <source>My name</source>
        <translation>我的名字</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="325"/>
        <source>Add term</source>
        <translation>添加术语</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="327"/>
        <source>Each row is one product or policy term in every language; translations keep it exact in both directions. Write variants after a |, the first one is used in translations. Empty a row to remove the term.</source>
        <translation>每行是一个产品或政策术语在各语言中的写法；翻译时双向保持不变。变体写在 | 之后，译文使用第一个。清空一行即删除该术语。</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../ui/sidebar/panel.py" line="30"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/panel.py" line="31"/>
        <source>Knowledge</source>
        <translation>知识库</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/panel.py" line="32"/>
        <source>Market</source>
        <translation>市场</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../ui/app.py" line="234"/>
        <source>The team server cannot be reached, and this computer has no offline copy of the team's conversations yet. Check the network and the team's address, then start Desk again.</source>
        <translation>无法连接团队服务器，且本机还没有团队会话的离线副本。请检查网络和团队地址，然后重新启动 Desk。</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="237"/>
        <source>The team server refused this login: the password is wrong, or the team's lead disabled it. Ask the lead, then join again in Settings → Team.</source>
        <translation>团队服务器拒绝了此登录：密码错误，或团队负责人已停用该登录。请联系负责人，然后在“设置 → 团队”中重新加入。</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="240"/>
        <source>Desk could not verify the team server's certificate: check the CA file given when joining, or ask the team's lead.</source>
        <translation>Desk 无法验证团队服务器的证书：请检查加入时提供的 CA 文件，或联系团队负责人。</translation>
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
        <source>Enter or a double click changes a tag's colour.</source>
        <translation>按 Enter 或双击可更改标签颜色。</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="345"/>
        <source>Tag the order</source>
        <translation>给订单加标签</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="347"/>
        <source>e.g. refund-issued, vip</source>
        <translation>例如 refund-issued, vip</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="348"/>
        <source>Tags, separated by commas</source>
        <translation>标签，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="351"/>
        <source>Add the tags</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="357"/>
        <source>Tagged: %1</source>
        <translation>已加标签：%1</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <location filename="../ui/team.py" line="27"/>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="30"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="52"/>
        <source>%1 is typing…</source>
        <translation>%1 正在输入…</translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="52"/>
        <source>%1 is viewing</source>
        <translation>%1 正在查看</translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="283"/>
        <source>%1 owns this conversation. Reply anyway?</source>
        <translation>此会话由 %1 负责。仍要回复吗？</translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="284"/>
        <source>%1 owns this conversation. Resolve it anyway?</source>
        <translation>此会话由 %1 负责。仍要将其标为已解决吗？</translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="285"/>
        <source>%1 owns this conversation. Set it to wait for the customer anyway?</source>
        <translation>此会话由 %1 负责。仍要将其设为等待客户吗？</translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="286"/>
        <source>%1 owns this conversation. Snooze it anyway?</source>
        <translation>此会话由 %1 负责。仍要暂缓吗？</translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="287"/>
        <source>%1 owns this conversation. Go ahead anyway?</source>
        <translation>此会话由 %1 负责。仍要继续吗？</translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="293"/>
        <source>Reply anyway</source>
        <translation>仍然回复</translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="293"/>
        <source>Resolve anyway</source>
        <translation>仍然解决</translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="294"/>
        <source>Snooze anyway</source>
        <translation>仍然暂缓</translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="294"/>
        <source>Go ahead</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="299"/>
        <source>Already taken by %1: left as it was.</source>
        <translation>已被 %1 接手：保持原样。</translation>
    </message>
</context>
<context>
    <name>TeamBanner</name>
    <message>
        <location filename="../ui/team.py" line="72"/>
        <source>Try now</source>
        <translation>立即重试</translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="87"/>
        <source>Offline: the team server cannot be reached. You are reading this PC's copy; replies and notes you write are sent when it is back.</source>
        <translation>离线：无法连接团队服务器。你正在查看本机的副本；现在写的回复和备注会在恢复连接后发送。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/team.py" line="90"/>
        <source>%n reply(s) or note(s) waiting.</source>
        <translation>
            <numerusform>%n 条回复或备注待发送。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="93"/>
        <source>Next try at %1.</source>
        <translation>将于 %1 重试。</translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="103"/>
        <source>Desk could not verify the team server's certificate and did not connect. You are reading this PC's copy; replies and notes you write are kept here. Check the team's address and CA file in Settings → Team, then start Desk again.</source>
        <translation>Desk 无法验证团队服务器的证书，未连接。您正在查看本机的副本；您写的回复和备注保存在本机。请在“设置 → 团队”中检查团队地址和 CA 文件，然后重新启动 Desk。</translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="106"/>
        <source>The team server refused this login: the lead may have disabled it, or its password changed. You are reading this PC's copy; replies and notes you write are kept here. Ask the team's lead, join again in Settings → Team, then start Desk again.</source>
        <translation>团队服务器拒绝了此登录：组长可能已停用它，或其密码已更改。您正在查看本机的副本；您写的回复和备注保存在本机。请联系团队组长，在“设置 → 团队”中重新加入，然后重新启动 Desk。</translation>
    </message>
</context>
<context>
    <name>TeamWindow</name>
    <message>
        <location filename="../ui/team.py" line="154"/>
        <source>Team: %1</source>
        <translation>团队：%1</translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="162"/>
        <source> (lead)</source>
        <translation>（负责人）</translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="167"/>
        <source>Team: %1 · refused</source>
        <translation>团队：%1 · 被拒绝</translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="169"/>
        <source>Team: %1 · offline</source>
        <translation>团队：%1 · 离线</translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="171"/>
        <source>Team: %1 · live</source>
        <translation>团队：%1 · 实时</translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="173"/>
        <source>Team: %1 · online</source>
        <translation>团队：%1 · 在线</translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="229"/>
        <source>%1 mentioned you: %2</source>
        <translation>%1 提到了你：%2</translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="232"/>
        <source>A colleague mentioned you</source>
        <translation>同事提到了你</translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="250"/>
        <source>While you were offline, %1 took this conversation.</source>
        <translation>你离线期间，%1 接手了此会话。</translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="252"/>
        <source>While you were offline, %1 answered this conversation.</source>
        <translation>你离线期间，%1 已回复此会话。</translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="253"/>
        <source>Your note</source>
        <translation>你的备注</translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="253"/>
        <source>Your reply</source>
        <translation>你的回复</translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="255"/>
        <source>Send it anyway, or keep it as a draft?</source>
        <translation>仍然发送，还是保留为草稿？</translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="256"/>
        <source>Send anyway</source>
        <translation>仍然发送</translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="257"/>
        <source>Keep as draft</source>
        <translation>保留为草稿</translation>
    </message>
</context>
<context>
    <name>TemplatePanel</name>
    <message>
        <location filename="../ui/reading/templates.py" line="42"/>
        <source>Send template</source>
        <translation>发送模板</translation>
    </message>
    <message>
        <location filename="../ui/reading/templates.py" line="44"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../ui/reading/templates.py" line="45"/>
        <source>List this account's approved templates again from WhatsApp</source>
        <translation>重新从 WhatsApp 列出该账户已批准的模板</translation>
    </message>
    <message>
        <location filename="../ui/reading/templates.py" line="57"/>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <location filename="../ui/reading/templates.py" line="118"/>
        <source>needed, e.g. %1</source>
        <translation>必填，例如 %1</translation>
    </message>
    <message>
        <location filename="../ui/reading/templates.py" line="119"/>
        <source>needed: the template cannot go without it</source>
        <translation>必填：缺少它模板无法发送</translation>
    </message>
    <message>
        <location filename="../ui/reading/templates.py" line="130"/>
        <source>The account gives no text for this template: the customer reads what Meta approved.</source>
        <translation>该账户未提供此模板的正文：客户看到的是 Meta 审核通过的内容。</translation>
    </message>
    <message>
        <location filename="../ui/reading/templates.py" line="133"/>
        <source>The customer reads:</source>
        <translation>顾客将看到：</translation>
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
    <name>WelcomePanel</name>
    <message>
        <location filename="../ui/welcome.py" line="28"/>
        <source>Welcome to Desk</source>
        <translation>欢迎使用 Desk</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="30"/>
        <source>One queue for your Amazon buyer messages, Shopify store mail and WhatsApp chats, with the order beside every conversation. This workspace is new: add the accounts you answer from, or look around the demo first.</source>
        <translation>亚马逊买家消息、Shopify 店铺邮件和 WhatsApp 聊天集中在一个队列里，每个会话旁都有对应订单。这是一个新的工作区：添加您用来回复的账户，或先看看演示。</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="32"/>
        <source>Try the demo</source>
        <translation>试用演示</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="33"/>
        <source>Opens a second Desk on a demo shop with sample conversations; this workspace stays as it is.</source>
        <translation>另开一个 Desk 窗口，打开带示例会话的演示店铺；当前工作区保持不变。</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="34"/>
        <source>The demo runs on sandbox platforms on this computer: nothing reaches a real customer.</source>
        <translation>演示运行在本机的沙盒平台上，不会发给任何真实顾客。</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="37"/>
        <source>Add an account</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="66"/>
        <source>Amazon</source>
        <translation>亚马逊</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="66"/>
        <source>Buyer messages through the relay mailbox, orders through the Selling Partner API.</source>
        <translation>通过转发邮箱接收买家消息，通过 SP-API 读取订单。</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="67"/>
        <source>Shopify</source>
        <translation>Shopify</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="67"/>
        <source>Your store's contact mailbox, and orders through a Shopify app's credentials.</source>
        <translation>店铺的联系邮箱，以及通过 Shopify 应用凭据读取的订单。</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="68"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="68"/>
        <source>WhatsApp Business through Meta's Cloud API and your webhook relay.</source>
        <translation>通过 Meta Cloud API 和您的 Webhook 中继接入 WhatsApp Business。</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="69"/>
        <source>Mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="69"/>
        <source>Any other mailbox, over IMAP and SMTP.</source>
        <translation>其他任意邮箱，通过 IMAP 和 SMTP 收发。</translation>
    </message>
</context>
<context>
    <name>Workday</name>
    <message>
        <location filename="../ui/refusals.py" line="18"/>
        <source>That conversation no longer exists.</source>
        <translation>该会话已不存在。</translation>
    </message>
    <message>
        <location filename="../ui/refusals.py" line="19"/>
        <source>Select a conversation first.</source>
        <translation>请先选择一个会话。</translation>
    </message>
    <message>
        <location filename="../ui/refusals.py" line="20"/>
        <source>Set your name in Settings first: conversations are assigned to it.</source>
        <translation>请先在设置中填写你的名字：会话会分配给这个名字。</translation>
    </message>
    <message>
        <location filename="../ui/refusals.py" line="21"/>
        <source>No agent by that name. Add agents in Settings → General.</source>
        <translation>没有这个名字的客服。请在“设置 → 常规”中添加客服。</translation>
    </message>
    <message>
        <location filename="../ui/refusals.py" line="22"/>
        <source>That time has passed: choose a later one.</source>
        <translation>这个时间已经过去了：请选择更晚的时间。</translation>
    </message>
    <message>
        <location filename="../ui/refusals.py" line="23"/>
        <source>That time has no time zone.</source>
        <translation>这个时间没有时区。</translation>
    </message>
    <message>
        <location filename="../ui/refusals.py" line="24"/>
        <source>A tag needs a name.</source>
        <translation>标签需要一个名称。</translation>
    </message>
    <message>
        <location filename="../ui/refusals.py" line="25"/>
        <source>Tags have at most 64 characters, no commas, and do not start with + or -.</source>
        <translation>标签最多 64 个字符，不能包含逗号，也不能以 + 或 - 开头。</translation>
    </message>
    <message>
        <location filename="../ui/refusals.py" line="26"/>
        <source>A conversation cannot be merged into itself.</source>
        <translation>会话不能合并到自身。</translation>
    </message>
    <message>
        <location filename="../ui/refusals.py" line="27"/>
        <source>That conversation was already merged into another one.</source>
        <translation>该会话已经合并到另一个会话。</translation>
    </message>
    <message>
        <location filename="../ui/refusals.py" line="28"/>
        <source>Only conversations of the same customer can be merged.</source>
        <translation>只能合并同一客户的会话。</translation>
    </message>
    <message>
        <location filename="../ui/refusals.py" line="29"/>
        <source>An empty note was not added.</source>
        <translation>空备注未添加。</translation>
    </message>
    <message>
        <location filename="../ui/refusals.py" line="30"/>
        <source>A view needs a name.</source>
        <translation>视图需要一个名称。</translation>
    </message>
    <message>
        <location filename="../ui/refusals.py" line="31"/>
        <source>Files cannot be added while the team server is away: the note was not added. Take the files off, or add it once Desk is back online.</source>
        <translation>团队服务器无法连接时不能添加附件：备注未添加。请移除附件，或在 Desk 恢复在线后再添加。</translation>
    </message>
    <message>
        <location filename="../ui/refusals.py" line="34"/>
        <source>The team server cannot be reached: this can be done once Desk is back online. Replies and notes written now are sent then.</source>
        <translation>无法连接团队服务器：此操作需等 Desk 恢复在线后才能进行。现在写的回复和备注届时会发送。</translation>
    </message>
    <message>
        <location filename="../ui/refusals.py" line="36"/>
        <source>Your login may not do this on the team database: ask the team's lead.</source>
        <translation>您的登录无权在团队数据库上做此操作：请联系团队组长。</translation>
    </message>
    <message>
        <location filename="../ui/refusals.py" line="38"/>
        <source>The team server cannot be reached: this was not done.</source>
        <translation>无法连接团队服务器：此操作未完成。</translation>
    </message>
    <message>
        <location filename="../ui/refusals.py" line="39"/>
        <source>The team server refused this login: this was not done.</source>
        <translation>团队服务器拒绝了此登录：此操作未完成。</translation>
    </message>
    <message>
        <location filename="../ui/refusals.py" line="40"/>
        <source>Desk could not verify the team server's certificate: this was not done.</source>
        <translation>Desk 无法验证团队服务器的证书：此操作未完成。</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="56"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="140"/>
        <source>Nothing to change.</source>
        <translation>没有需要更改的内容。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workday.py" line="158"/>
        <source>Snoozed %n conversation(s) until %1.</source>
        <translation>
            <numerusform>已将 %n 个会话暂缓至 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workday.py" line="162"/>
        <source>%n conversation(s) unassigned.</source>
        <translation>
            <numerusform>已取消分配 %n 个会话。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workday.py" line="163"/>
        <source>Assigned %n conversation(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个会话分配给 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workday.py" line="165"/>
        <source>Resolved %n conversation(s).</source>
        <translation>
            <numerusform>已解决 %n 个会话。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workday.py" line="166"/>
        <source>Reopened %n conversation(s).</source>
        <translation>
            <numerusform>已重新打开 %n 个会话。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workday.py" line="167"/>
        <source>%n conversation(s) now wait for the customer.</source>
        <translation>
            <numerusform>%n 个会话正在等待客户回复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workday.py" line="168"/>
        <source>Tags changed on %n conversation(s).</source>
        <translation>
            <numerusform>已更改 %n 个会话的标签。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="169"/>
        <source>Merged: the messages are in one conversation now.</source>
        <translation>已合并：消息现在都在一个会话中。</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="170"/>
        <source>Note added.</source>
        <translation>备注已添加。</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="175"/>
        <source>Undo: %1</source>
        <translation>撤销：%1</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="185"/>
        <source>Nothing to undo.</source>
        <translation>没有可撤销的操作。</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="191"/>
        <source>Undone.</source>
        <translation>已撤销。</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="218"/>
        <source>In 1 hour</source>
        <translation>1 小时后</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="218"/>
        <source>In 3 hours</source>
        <translation>3 小时后</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="218"/>
        <source>Tomorrow morning</source>
        <translation>明天上午</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="219"/>
        <source>In two days (morning)</source>
        <translation>两天后（上午）</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="219"/>
        <source>Next Monday morning</source>
        <translation>下周一上午</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="220"/>
        <source>In a week</source>
        <translation>一周后</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="225"/>
        <source>Until %1</source>
        <translation>直到 %1</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="227"/>
        <source>Snooze until…</source>
        <translation>暂缓至…</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="230"/>
        <source>3h, 2d, 18:00 or 2026-12-24 09:00</source>
        <translation>3h、2d、18:00 或 2026-12-24 09:00</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="240"/>
        <source>Me (%1)</source>
        <translation>我（%1）</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="241"/>
        <source>Nobody (unassigned)</source>
        <translation>无人（取消分配）</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="248"/>
        <source>Assign to…</source>
        <translation>分配给…</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="248"/>
        <source>Type a name</source>
        <translation>输入名字</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="262"/>
        <source>remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="262"/>
        <source>add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="269"/>
        <source>+ New tag “%1”</source>
        <translation>+ 新标签“%1”</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="276"/>
        <source>Add or remove a tag</source>
        <translation>添加或移除标签</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="277"/>
        <source>Type a tag; a new name creates it</source>
        <translation>输入标签；新名称会创建新标签</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="297"/>
        <source>This customer has no other conversation to merge with.</source>
        <translation>该客户没有可以合并的其他会话。</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="306"/>
        <source>Merge this conversation into…</source>
        <translation>将此会话合并到…</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="312"/>
        <source>Linked conversations</source>
        <translation>关联会话</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="323"/>
        <location filename="../ui/workday.py" line="325"/>
        <source>Go to view: %1</source>
        <translation>转到视图：%1</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="334"/>
        <source>Command palette</source>
        <translation>命令面板</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="335"/>
        <source>Type an action or a view, in Chinese or English</source>
        <translation>输入操作或视图名称，中文或英文均可</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="386"/>
        <source>Save this view</source>
        <translation>保存此视图</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="387"/>
        <source>Name of the view (its filters and sort are kept):</source>
        <translation>视图名称（保留其筛选和排序）：</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="428"/>
        <source>same order</source>
        <translation>同一订单</translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="428"/>
        <source>same customer</source>
        <translation>同一客户</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../ui/app.py" line="253"/>
        <source>Desk cannot open this workspace</source>
        <translation>Desk 无法打开此工作区</translation>
    </message>
</context>
</TS>
