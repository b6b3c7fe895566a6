<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountStatusBar</name>
    <message numerus="yes">
        <location filename="../ui/accounts/status.py" line="74"/>
        <source>%n account(s) need attention</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/accounts/status.py" line="82"/>
        <source>up to date</source>
        <translation>up to date</translation>
    </message>
    <message>
        <location filename="../ui/accounts/status.py" line="82"/>
        <source>syncing</source>
        <translation>syncing</translation>
    </message>
    <message>
        <location filename="../ui/accounts/status.py" line="82"/>
        <source>rate-limited</source>
        <translation>rate-limited</translation>
    </message>
    <message>
        <location filename="../ui/accounts/status.py" line="83"/>
        <source>sign-in failed</source>
        <translation>sign-in failed</translation>
    </message>
    <message>
        <location filename="../ui/accounts/status.py" line="84"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../ui/accounts/status.py" line="84"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../ui/accounts/status.py" line="84"/>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/accounts/status.py" line="117"/>
        <source>(retry in %n min)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../ui/accounts/dialog.py" line="49"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="55"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="75"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="76"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="77"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="112"/>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="112"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="112"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="113"/>
        <source>IMAP server</source>
        <translation>IMAP server</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="113"/>
        <source>IMAP port</source>
        <translation>IMAP port</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="114"/>
        <source>IMAP security</source>
        <translation>IMAP security</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="114"/>
        <source>SMTP server</source>
        <translation>SMTP server</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="115"/>
        <source>SMTP port</source>
        <translation>SMTP port</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="115"/>
        <source>SMTP security</source>
        <translation>SMTP security</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="116"/>
        <source>Marketplace id</source>
        <translation>Marketplace id</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="116"/>
        <source>Orders API version</source>
        <translation>Orders API version</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="117"/>
        <source>LWA client id</source>
        <translation>LWA client id</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="117"/>
        <source>LWA client secret</source>
        <translation>LWA client secret</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="118"/>
        <source>Refresh token</source>
        <translation>Refresh token</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="118"/>
        <source>SP-API endpoint (optional)</source>
        <translation>SP-API endpoint (optional)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="119"/>
        <source>LWA endpoint (optional)</source>
        <translation>LWA endpoint (optional)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="119"/>
        <source>Shop domain</source>
        <translation>Shop domain</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="120"/>
        <source>App authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="120"/>
        <source>App client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="121"/>
        <source>App client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="122"/>
        <source>Admin access token (legacy custom app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="151"/>
        <source>WhatsApp Business Account id (shown in the App Dashboard&apos;s API Setup beside the phone number id): Desk lists the account&apos;s approved templates from it on every sync, every few hours, and when you click Refresh beside the templates in the reply box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="152"/>
        <source>Template parameters: one line per template, name:language = the order facts that fill its {{1}}, {{2}}... in order, e.g. order_update:de = {{customer_name}} {{order_id}} {{tracking_number}}. A parameter no fact fills is typed in the reply box. Without a Business Account id, each line is a template: name:language[:category] = the approved text with the facts in place, e.g. order_shipped:de:utility = Hallo {{customer_name}}, Ihre Bestellung {{order_id}} ist unterwegs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="123"/>
        <source>Admin endpoint (optional)</source>
        <translation>Admin endpoint (optional)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="123"/>
        <source>Phone number id</source>
        <translation>Phone number id</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="124"/>
        <source>Graph API URL</source>
        <translation>Graph API URL</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="125"/>
        <source>Access token</source>
        <translation>Access token</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="125"/>
        <source>Relay URL</source>
        <translation>Relay URL</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="126"/>
        <source>Relay token</source>
        <translation>Relay token</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="126"/>
        <source>Template parameters (name:language = {{facts}})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="127"/>
        <source>WhatsApp Business Account id (lists the approved templates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="128"/>
        <source>Trusted mail server (authserv-id, optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="129"/>
        <source>Verify DKIM signatures of Amazon/Shopify mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="130"/>
        <source>Name at the relay (set automatically)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="131"/>
        <source>Signature (added below every reply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="136"/>
        <source>Gmail, Outlook and Yahoo want an app password (made in the account&apos;s security settings, with two-step verification on), not your login password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="139"/>
        <source>Buyer messages: Amazon relays them to the mailbox you gave in Seller Central (Settings, Notification Preferences), from addresses like …@marketplace.amazon.com. Enter that mailbox&apos;s IMAP and SMTP servers; replies go back to the buyer&apos;s relay alias exactly as it wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="141"/>
        <source>Orders: your Selling Partner API app (Seller Central, Apps and Services, Develop Apps) gives the LWA client id and client secret; authorising it for your store gives the refresh token. The marketplace id is your store&apos;s (US: ATVPDKIKX0DER, UK: A1F83G8C2ARO7P, DE: A1PA6795UKMFR9, JP: A1VC38T7YXB528).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="144"/>
        <source>Customer mail: your store&apos;s contact mailbox (the sender e-mail in Shopify&apos;s Settings, Notifications), over IMAP and SMTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="146"/>
        <source>Orders: create an app in Shopify&apos;s Dev Dashboard with access to orders, customers and returns, install it on your store, and copy its client id and client secret. A legacy custom app gives an Admin API access token (shpat_…) instead. The shop domain is your-store.myshopify.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="149"/>
        <source>In Meta&apos;s App Dashboard (WhatsApp, API Setup): the phone number id (a long number, not the phone number itself), and a permanent access token of a system user with the whatsapp_business_messaging permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="150"/>
        <source>Relay URL and token: the webhook relay your team runs on a public host (desk relay), which Meta calls with new messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="155"/>
        <source>Any mailbox: its IMAP server (to read) and SMTP server (to answer), as the mail provider documents them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="165"/>
        <source>Some settings are missing or not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="166"/>
        <source>The platform refused the sign-in: check the user name and password (an app password for Gmail and Outlook), or the tokens and client secret; a token may have been revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="167"/>
        <source>No answer from the server: check the host name and port, and that this computer is online (a firewall or proxy may block it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="168"/>
        <source>The secure connection failed: check the security setting (TLS on ports 993 and 465, STARTTLS on 143 and 587) and the server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="169"/>
        <source>The platform is limiting requests right now; the settings may well be right. Test again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="170"/>
        <source>The platform answered but refused: the app or token may lack a permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="171"/>
        <source>The test failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="222"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="261"/>
        <source>stored in the keyring; type to replace</source>
        <translation>stored in the keyring; type to replace</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="305"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="310"/>
        <source>Testing…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="317"/>
        <source>Connected: the platform accepted these settings.</source>
        <translation>Connected: the platform accepted these settings.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="321"/>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="61"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="85"/>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="88"/>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="104"/>
        <source>Asking the platform…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="122"/>
        <source>(it had already been done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="125"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="127"/>
        <source>The platform refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="132"/>
        <source>No answer from the platform (%1). Retry finishes this same action: it will not be done twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="134"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../ui/actions.py" line="31"/>
        <source>Next conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="32"/>
        <source>Previous conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="33"/>
        <source>Add the next conversation to the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="34"/>
        <source>Add the previous conversation to the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="35"/>
        <source>Select or unselect this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="36"/>
        <source>Read the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="37"/>
        <source>Back to the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="38"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="39"/>
        <source>Next view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="40"/>
        <source>Previous view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="41"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="42"/>
        <source>Add an internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="43"/>
        <source>Insert a macro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="44"/>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="45"/>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="46"/>
        <source>Waiting for the customer (pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="47"/>
        <source>Snooze…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="48"/>
        <source>Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="49"/>
        <source>Assign to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="50"/>
        <source>Tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="51"/>
        <source>Merge into another conversation of this customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="52"/>
        <source>Linked conversations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="53"/>
        <source>No response needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="54"/>
        <source>Clear escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="55"/>
        <source>Undo the last action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="56"/>
        <source>Command palette…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="57"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="58"/>
        <source>Save this view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="59"/>
        <source>Delete this saved view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="60"/>
        <source>Tag colours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="61"/>
        <source>Refresh the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="62"/>
        <source>Accounts…</source>
        <translation type="unfinished">Accounts…</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="63"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="68"/>
        <source>Moving around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="68"/>
        <location filename="../ui/actions.py" line="185"/>
        <source>Conversation</source>
        <translation type="unfinished">Conversation</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="69"/>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="185"/>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="186"/>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AiDrafter</name>
    <message>
        <location filename="../ui/reading/ai_draft.py" line="45"/>
        <source>What the AI gets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/ai_draft.py" line="90"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/ai_draft.py" line="91"/>
        <source>Stop the AI draft (the reply stays as it was)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/ai_draft.py" line="92"/>
        <source>The AI is writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/ai_draft.py" line="109"/>
        <source>AI draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/ai_draft.py" line="110"/>
        <source>Let the AI write a draft in the customer&apos;s language from the conversation, the order and the knowledge base; you read it before it goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/ai_draft.py" line="127"/>
        <source>AI draft: check it before you send it (Ctrl+Z takes it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/ai_draft.py" line="129"/>
        <source>AI draft, not translated (translation unavailable): read it yourself before you send it (Ctrl+Z takes it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/ai_draft.py" line="143"/>
        <source>The AI&apos;s draft, machine-translated into your language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/ai_draft.py" line="168"/>
        <source>What the AI provider gets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmazonMessageDialog</name>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="368"/>
        <source>Message the buyer about this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="378"/>
        <source>An unexpected problem with the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="379"/>
        <source>Confirm delivery details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="380"/>
        <source>Confirm order details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="381"/>
        <source>Confirm service details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="382"/>
        <source>Confirm customization details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="385"/>
        <source>Asking Amazon which messages it allows for this order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="395"/>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="396"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="397"/>
        <source>Write in the buyer&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="400"/>
        <source>Amazon allows no message Desk can write about this order now (invoices, warranties and legal notes go through Seller Central).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="410"/>
        <source>Send anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="410"/>
        <source>Send to the buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="425"/>
        <source>Amazon&apos;s rules object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="438"/>
        <source>Sent through Amazon; it is kept in the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="245"/>
        <location filename="../ui/sidebar/order_actions.py" line="265"/>
        <source>Cancel the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="247"/>
        <source>the customer asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="247"/>
        <source>out of stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="248"/>
        <source>payment declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="248"/>
        <source>suspected fraud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="249"/>
        <source>staff error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="249"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="252"/>
        <source>Refund the payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="254"/>
        <source>Put the items back in stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="256"/>
        <source>Tell the customer (Shopify&apos;s e-mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="259"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="262"/>
        <source>Staff note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="273"/>
        <source>The order is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheatSheet</name>
    <message>
        <location filename="../ui/cheatsheet.py" line="19"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cheatsheet.py" line="23"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cheatsheet.py" line="23"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cheatsheet.py" line="36"/>
        <source>Change any key in Settings → Keyboard. Letters act on the queue unless you are typing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../ui/reading/composer.py" line="156"/>
        <source>Write a reply… (type / for macros)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="166"/>
        <location filename="../ui/reading/composer.py" line="356"/>
        <location filename="../ui/reading/composer.py" line="361"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="168"/>
        <source>Send (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="169"/>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="170"/>
        <source>No response needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="172"/>
        <source>Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="173"/>
        <source>Attach files (or drop them on the reply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="178"/>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="194"/>
        <source>Send without these actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="275"/>
        <source>Write in %1, send in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="278"/>
        <source>Write in %1 (sent as written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="279"/>
        <source>Send as written in %1 (not the customer&apos;s language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="307"/>
        <source>Will be sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="307"/>
        <source>Back-translation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="314"/>
        <source>Signature added below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="348"/>
        <source>Send anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="370"/>
        <source>Inserts (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="374"/>
        <source>In your language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="374"/>
        <source>Machine translation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="386"/>
        <source>reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="386"/>
        <source>set pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="386"/>
        <source>resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reading/composer.py" line="391"/>
        <source>snooze %n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="393"/>
        <source>assign to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="394"/>
        <source>assign to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="395"/>
        <source>tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="396"/>
        <source>untag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="397"/>
        <source>When sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="413"/>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="440"/>
        <source>Take this file off the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="461"/>
        <source>Cost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="462"/>
        <source>Meta&apos;s pricing category and the estimated price of this reply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationController</name>
    <message>
        <location filename="../ui/reading/controller.py" line="127"/>
        <source>Save the customer&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/controller.py" line="135"/>
        <source>This file is not on this computer (it is not kept offline): open it once Desk is back online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/controller.py" line="139"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/controller.py" line="152"/>
        <source>Marked as needing no response: the SLA clock stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <location filename="../ui/reading/view.py" line="144"/>
        <source>Select a conversation in the queue.</source>
        <translation>Select a conversation in the queue.</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="219"/>
        <source>Message from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="234"/>
        <source>customer&apos;s time %1</source>
        <translation>customer&apos;s time %1</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="236"/>
        <source>order %1</source>
        <translation>order %1</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="242"/>
        <source>with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="246"/>
        <source>Escalated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="249"/>
        <source>Unverified sender: this mail may be forged. It claims Amazon or Shopify but failed authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="263"/>
        <source>💤 Snoozed until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="263"/>
        <source>💤 Snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="265"/>
        <source>⏳ Waiting for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="267"/>
        <source>✓ Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reading/view.py" line="283"/>
        <source>%n other conversation(s) about order %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reading/view.py" line="286"/>
        <source>%n other conversation(s) with this customer</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="295"/>
        <source>WhatsApp window closed: templates only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="297"/>
        <source>WhatsApp window open %1h %2m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="301"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="301"/>
        <source>Internal note</source>
        <translation>Internal note</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="308"/>
        <source>Show everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="320"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reading/view.py" line="326"/>
        <source>and %n more file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="333"/>
        <source>Translation · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="337"/>
        <source>Translating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="344"/>
        <source>waiting to send</source>
        <translation>waiting to send</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="345"/>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="346"/>
        <source>delivered</source>
        <translation>delivered</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="347"/>
        <source>read</source>
        <translation>read</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="348"/>
        <source>not delivered</source>
        <translation>not delivered</translation>
    </message>
</context>
<context>
    <name>KnowledgePanel</name>
    <message>
        <location filename="../ui/sidebar/knowledge_panel.py" line="42"/>
        <source>Search articles and macros…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/knowledge_panel.py" line="51"/>
        <source>Insert into reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sidebar/knowledge_panel.py" line="104"/>
        <source>%n result(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sidebar/knowledge_panel.py" line="94"/>
        <source>Suggested for this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/knowledge_panel.py" line="110"/>
        <source>Macro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/knowledge_panel.py" line="110"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/knowledge_panel.py" line="110"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../ui/labels.py" line="14"/>
        <source>Where is my order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="15"/>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="16"/>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="17"/>
        <source>Size exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="18"/>
        <source>Damaged or defective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="19"/>
        <source>Missing item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="20"/>
        <source>Wrong item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="21"/>
        <source>Not as described</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="22"/>
        <source>Cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="23"/>
        <source>Address change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="24"/>
        <source>Product question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="25"/>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="26"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="27"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="34"/>
        <source>angry customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="35"/>
        <source>chargeback or payment dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="36"/>
        <source>A-to-z claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="37"/>
        <source>lawyer or consumer authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="38"/>
        <source>threatens a bad review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="39"/>
        <source>asks for a manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="40"/>
        <source>reads like an escalation (no rule matched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="48"/>
        <source>No translation: the provider cannot be reached (offline?). The original is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="49"/>
        <source>No translation: the provider&apos;s quota is used up. Try later or choose another provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="50"/>
        <source>No translation: the provider refused the API key. Check it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="51"/>
        <source>No translation: the provider failed. The original is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="59"/>
        <source>AI drafts are off, or no provider and model are set (Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="60"/>
        <source>No AI draft: the provider cannot be reached (offline, or the local server is not running).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="61"/>
        <source>No AI draft: the provider stopped answering. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="62"/>
        <source>No AI draft: the provider refused the API key. Check it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="63"/>
        <source>No AI draft: the provider&apos;s rate limit is reached. Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="64"/>
        <source>No AI draft: the provider refused the request (model name, length).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="65"/>
        <source>No AI draft: the provider failed. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="66"/>
        <source>No AI draft: the provider&apos;s content filter withheld it. Write this reply yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="67"/>
        <source>No AI draft: the provider answered with nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="74"/>
        <source>awaiting payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="75"/>
        <source>not shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="76"/>
        <source>partly shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="77"/>
        <source>shipped</source>
        <translation type="unfinished">shipped</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="78"/>
        <location filename="../ui/labels.py" line="93"/>
        <source>delivered</source>
        <translation type="unfinished">delivered</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="79"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="80"/>
        <source>cannot be fulfilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="81"/>
        <location filename="../ui/labels.py" line="104"/>
        <source>refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="82"/>
        <source>partly refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="90"/>
        <source>label created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="91"/>
        <source>in transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="92"/>
        <source>out for delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="94"/>
        <source>delivery problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="95"/>
        <source>returned to sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="102"/>
        <location filename="../ui/labels.py" line="112"/>
        <source>requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="103"/>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="105"/>
        <location filename="../ui/labels.py" line="117"/>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="113"/>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="114"/>
        <source>item received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="115"/>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="116"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="126"/>
        <source>return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="127"/>
        <source>returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="128"/>
        <source>order cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="129"/>
        <source>damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="130"/>
        <source>defective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="131"/>
        <source>changed their mind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="132"/>
        <source>no longer wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="133"/>
        <source>no longer needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="134"/>
        <source>not as described</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="135"/>
        <source>not as expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="136"/>
        <source>wrong size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="137"/>
        <source>too small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="138"/>
        <source>too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="139"/>
        <source>wrong item sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="140"/>
        <source>colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="141"/>
        <source>style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="142"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="143"/>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="172"/>
        <source>service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="173"/>
        <source>utility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="174"/>
        <source>marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="175"/>
        <source>authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="179"/>
        <source>%1 · free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="180"/>
        <source>%1 · about %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="192"/>
        <source>customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="193"/>
        <source>order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="194"/>
        <source>order date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="195"/>
        <source>order total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="196"/>
        <source>carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="197"/>
        <source>tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="198"/>
        <source>tracking link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="199"/>
        <source>refund amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="200"/>
        <source>return deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="201"/>
        <source>items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="202"/>
        <source>shop name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="203"/>
        <source>your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="204"/>
        <source>market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="207"/>
        <source>parameter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="214"/>
        <source>Amazon removes Orders API v0, which this account reads orders through, on %1: switch its Orders API version to 2026-01-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="216"/>
        <source>The platform answered with another API version than Desk asks for: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.py" line="89"/>
        <source>Opening workspace…</source>
        <translation>Opening workspace…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.py" line="105"/>
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="107"/>
        <source>Could not read the queue: %1</source>
        <translation>Could not read the queue: %1</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="325"/>
        <source>Add a note to the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="328"/>
        <source>Note (in Shopify, not seen by the customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="331"/>
        <source>Add the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="337"/>
        <source>The note is on the order.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotePopup</name>
    <message>
        <location filename="../ui/note_popup.py" line="20"/>
        <source>Internal note</source>
        <translation type="unfinished">Internal note</translation>
    </message>
    <message>
        <location filename="../ui/note_popup.py" line="23"/>
        <source>Only colleagues see this. Type @ to mention someone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/note_popup.py" line="28"/>
        <source>Ctrl+Enter adds the note · Esc closes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../ui/sidebar/notes_panel.py" line="26"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/notes_panel.py" line="27"/>
        <source>Save</source>
        <translation type="unfinished">Save</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/notes_panel.py" line="58"/>
        <source>No market known for this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/notes_panel.py" line="57"/>
        <source>Market: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message numerus="yes">
        <location filename="../ui/notify.py" line="103"/>
        <source>%n new customer message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/notify.py" line="106"/>
        <source>in %n conversation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/notify.py" line="129"/>
        <source>%n conversation(s) about to breach the SLA</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/notify.py" line="130"/>
        <source>%1 — %2 (%3 min left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/notify.py" line="144"/>
        <source>Desk — %n notification(s) held during quiet hours</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="63"/>
        <source>Refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="63"/>
        <source>Cancel order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="64"/>
        <source>Start a return…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="64"/>
        <source>Add a note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="65"/>
        <source>Add tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="75"/>
        <source>No order linked to this conversation.</source>
        <translation>No order linked to this conversation.</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="90"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="90"/>
        <source>Placed</source>
        <translation>Placed</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="90"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="91"/>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="91"/>
        <source>Tracking</source>
        <translation>Tracking</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="91"/>
        <source>Refunds</source>
        <translation>Refunds</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="92"/>
        <source>Returns</source>
        <translation>Returns</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="92"/>
        <source>ETA</source>
        <translation>ETA</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="92"/>
        <source>shipped</source>
        <translation>shipped</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="168"/>
        <source>Message the buyer about this order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="169"/>
        <source>Amazon offers no refund, cancellation, return, note or tag through its API: do these in Seller Central.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="170"/>
        <source>Open the order in Seller Central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="194"/>
        <source>the order is cancelled or fully refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="195"/>
        <source>it has shipped: refund it or start a return instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="196"/>
        <source>only shipped items can be returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="197"/>
        <source>no Shopify order is linked to this conversation yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_panel.py" line="198"/>
        <source>Amazon&apos;s API cannot do this</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuarantineBanner</name>
    <message>
        <location filename="../ui/quarantine.py" line="46"/>
        <source>Show them…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/quarantine.py" line="77"/>
        <source>%n message(s) could not be read. They are kept as they arrived.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/quarantine.py" line="80"/>
        <source>Latest: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuarantineDialog</name>
    <message>
        <location filename="../ui/quarantine.py" line="108"/>
        <source>Messages that could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/quarantine.py" line="110"/>
        <source>Desk kept these exactly as they arrived, with why they could not be read. Export them for a bug report, or read them again after an update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/quarantine.py" line="113"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/quarantine.py" line="113"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/quarantine.py" line="113"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/quarantine.py" line="113"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/quarantine.py" line="114"/>
        <source>Why it could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/quarantine.py" line="114"/>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/quarantine.py" line="115"/>
        <source>Tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/quarantine.py" line="125"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/quarantine.py" line="126"/>
        <source>Read again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/quarantine.py" line="127"/>
        <source>Read the selected items again (all when none is selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/quarantine.py" line="128"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/quarantine.py" line="144"/>
        <source>mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/quarantine.py" line="144"/>
        <source>WhatsApp event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/quarantine.py" line="144"/>
        <source>order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/quarantine.py" line="169"/>
        <source>Export to folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/quarantine.py" line="183"/>
        <source>%n item(s) written to %1, with index.json describing them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/quarantine.py" line="189"/>
        <source>Reading again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/quarantine.py" line="195"/>
        <source>%1 read now (%2 new message(s)); %3 still cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../ui/queue/model.py" line="297"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="297"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="297"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="297"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="298"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="298"/>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="298"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="320"/>
        <source>Escalated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="322"/>
        <source>This mail claims to come from Amazon or Shopify but did not pass authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="342"/>
        <source>⚠ unverified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="359"/>
        <source>💤 snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="361"/>
        <source>⏳ pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="361"/>
        <source>✓ resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../ui/queue/panel.py" line="94"/>
        <source>Search messages and customers… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="98"/>
        <source>All channels</source>
        <translation type="unfinished">All channels</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="100"/>
        <source>E-mail</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="103"/>
        <source>All languages</source>
        <translation type="unfinished">All languages</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="107"/>
        <location filename="../ui/queue/panel.py" line="311"/>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="151"/>
        <location filename="../ui/sidebar/order_actions.py" line="225"/>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="154"/>
        <source>Also refund shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="160"/>
        <source>reason, kept with the refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="161"/>
        <source>Tell the customer (Shopify&apos;s e-mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="163"/>
        <source>Put the items back in stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="173"/>
        <source>Asking Shopify what it suggests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="187"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="189"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="213"/>
        <source>Shopify suggests %1 %2 for these items (at most %3 left on the order).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="226"/>
        <source>Refund %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="236"/>
        <source>Refunded %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyAssistant</name>
    <message>
        <location filename="../ui/reading/assist.py" line="76"/>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="76"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="76"/>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="76"/>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="77"/>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="77"/>
        <source>Italian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="77"/>
        <source>Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="152"/>
        <source>Templates listed from WhatsApp: %1 approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="154"/>
        <source>Templates not refreshed: add the account&apos;s WhatsApp Business Account id in Accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="156"/>
        <source>Templates not refreshed: on a team database the team&apos;s worker lists them when it syncs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="159"/>
        <source>Templates not refreshed: WhatsApp is limiting requests. Try again in %1 min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="160"/>
        <source>Templates not refreshed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="214"/>
        <source>Proposed reply from “%1”: check it, then Ctrl+Enter to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="302"/>
        <source>Sent. The macro also snoozes the conversation, which this Desk cannot do yet: snooze it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="303"/>
        <source>Sent. The macro assigns the conversation to you: set your name in Settings so it can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="304"/>
        <source>Sent. One of the macro&apos;s actions was not taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="317"/>
        <source>Check the warnings, then click Send anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="319"/>
        <source>Not sent: the translation is not available now. Your text stays here. Try again later, or choose the language you wrote it in to send it as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="320"/>
        <source>Not sent: this reply breaks the platform&apos;s rules. Change what is marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="321"/>
        <source>Not sent: this conversation was imported from an archive and has no mailbox to answer from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="322"/>
        <source>Nothing to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="323"/>
        <source>Not sent: the platform would refuse the attached files (%1). Take them off or choose others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="324"/>
        <source>Not sent: the template needs a value for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="326"/>
        <source>Not sent: %1 owns this conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="327"/>
        <source>Not sent: files cannot wait while the team server is away. Take them off, or send once Desk is back online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="360"/>
        <source>Not attached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="374"/>
        <source>The platform will refuse these files: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="281"/>
        <source>Start a return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="287"/>
        <source>Reading the order and the store&apos;s return reasons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="300"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="301"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="303"/>
        <source>Nothing on this order can be returned now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="309"/>
        <source>Create the return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="317"/>
        <source>Return %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="124"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="136"/>
        <source>Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="137"/>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="139"/>
        <source>Automatic replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="140"/>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="209"/>
        <location filename="../ui/settings_dialog.py" line="233"/>
        <source>stored in the system keyring; leave empty to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="163"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="130"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="135"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="138"/>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="141"/>
        <source>AI drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="142"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="143"/>
        <location filename="../ui/settings_dialog.py" line="181"/>
        <source>Keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="162"/>
        <source>I read and write in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="164"/>
        <source>Warn before a breach (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="165"/>
        <source>Offer AI drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="166"/>
        <source>Chat API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="167"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="168"/>
        <source>Send customers&apos; e-mail and phone to a cloud provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="169"/>
        <source>Let AI drafts go out automatically where a rule allows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="170"/>
        <source>Give up after (seconds without words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="171"/>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="172"/>
        <source>Longest draft (tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="173"/>
        <source>Team database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="174"/>
        <source>Team server&apos;s CA certificate (PEM file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="175"/>
        <source>Keep offline the team&apos;s conversations of the last (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="176"/>
        <source>Tell colleagues I am here every (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="177"/>
        <source>Notify me of new customer messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="178"/>
        <source>Notify me before a breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="179"/>
        <source>Play a sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="180"/>
        <source>Quiet hours (e.g. 22:00-08:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="196"/>
        <source>LibreTranslate URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="196"/>
        <source>Microsoft region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="197"/>
        <source>MyMemory e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="210"/>
        <location filename="../ui/settings_dialog.py" line="234"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="212"/>
        <source>Keys never leave this computer&apos;s keyring; Google and MyMemory need none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="225"/>
        <source>The worker translates customers&apos; new messages into these languages as they arrive, for every agent to read at once and offline. Each language costs provider characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="227"/>
        <source>Translate ahead for the team into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="235"/>
        <source>Optional. Desk stays fully useful without it: drafts from OpenAI-compatible providers, cloud or on this computer (Ollama, llama.cpp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="244"/>
        <source>the password your team&apos;s lead gave you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="245"/>
        <source>My team password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="246"/>
        <source>Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="248"/>
        <source>The address names your login: postgresql://LOGIN@host/database. The password is kept in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="264"/>
        <source>Give the team&apos;s address and your password first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="271"/>
        <source>Joined %1. Start Desk with desk --team to work on the team&apos;s queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="273"/>
        <source>Not joined: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="313"/>
        <source>Agents that conversations are routed to, by the languages they speak:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="342"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="342"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="356"/>
        <source>Back to the default keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="358"/>
        <source>Click a key and press the new one. Letters act on the queue unless you are typing in a text field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="386"/>
        <source>“%1” and “%2” both use %3: give one of them another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="433"/>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="283"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="283"/>
        <source>Hours to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="287"/>
        <source>Amazon counts 24 hours through weekends and holidays; WhatsApp allows free text for 24 hours after the customer&apos;s last message. Mail and Shopify targets are set per account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="298"/>
        <source>Propose a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="298"/>
        <source>Send automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="300"/>
        <source>Automatic replies never go out when the policy check objects, when the order facts are missing, or when the customer is escalated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="310"/>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="310"/>
        <source>Languages (de,en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="311"/>
        <source>Skills (escalation,complaint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="161"/>
        <source>My name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="325"/>
        <source>Add term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="327"/>
        <source>Each row is one product or policy term in every language; translations keep it exact in both directions. Write variants after a |, the first one is used in translations. Empty a row to remove the term.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../ui/sidebar/panel.py" line="30"/>
        <source>Order</source>
        <translation type="unfinished">Order</translation>
    </message>
    <message>
        <location filename="../ui/sidebar/panel.py" line="31"/>
        <source>Knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/panel.py" line="32"/>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../ui/app.py" line="234"/>
        <source>The team server cannot be reached, and this computer has no offline copy of the team&apos;s conversations yet. Check the network and the team&apos;s address, then start Desk again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="237"/>
        <source>The team server refused this login: the password is wrong, or the team&apos;s lead disabled it. Ask the lead, then join again in Settings → Team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="240"/>
        <source>Desk could not verify the team server&apos;s certificate: check the CA file given when joining, or ask the team&apos;s lead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagColours</name>
    <message>
        <location filename="../ui/tag_colours.py" line="43"/>
        <source>Tag colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tag_colours.py" line="47"/>
        <source>Enter or a double click changes a tag&apos;s colour.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="345"/>
        <source>Tag the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="347"/>
        <source>e.g. refund-issued, vip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="348"/>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="351"/>
        <source>Add the tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sidebar/order_actions.py" line="357"/>
        <source>Tagged: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <location filename="../ui/team.py" line="27"/>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="30"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="52"/>
        <source>%1 is typing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="52"/>
        <source>%1 is viewing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="283"/>
        <source>%1 owns this conversation. Reply anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="284"/>
        <source>%1 owns this conversation. Resolve it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="285"/>
        <source>%1 owns this conversation. Set it to wait for the customer anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="286"/>
        <source>%1 owns this conversation. Snooze it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="287"/>
        <source>%1 owns this conversation. Go ahead anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="293"/>
        <source>Reply anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="293"/>
        <source>Resolve anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="294"/>
        <source>Snooze anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="294"/>
        <source>Go ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="299"/>
        <source>Already taken by %1: left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamBanner</name>
    <message>
        <location filename="../ui/team.py" line="72"/>
        <source>Try now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="87"/>
        <source>Offline: the team server cannot be reached. You are reading this PC&apos;s copy; replies and notes you write are sent when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/team.py" line="90"/>
        <source>%n reply(s) or note(s) waiting.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="93"/>
        <source>Next try at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="103"/>
        <source>Desk could not verify the team server&apos;s certificate and did not connect. You are reading this PC&apos;s copy; replies and notes you write are kept here. Check the team&apos;s address and CA file in Settings → Team, then start Desk again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="106"/>
        <source>The team server refused this login: the lead may have disabled it, or its password changed. You are reading this PC&apos;s copy; replies and notes you write are kept here. Ask the team&apos;s lead, join again in Settings → Team, then start Desk again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamWindow</name>
    <message>
        <location filename="../ui/team.py" line="154"/>
        <source>Team: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="162"/>
        <source> (lead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="167"/>
        <source>Team: %1 · refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="169"/>
        <source>Team: %1 · offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="171"/>
        <source>Team: %1 · live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="173"/>
        <source>Team: %1 · online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="229"/>
        <source>%1 mentioned you: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="232"/>
        <source>A colleague mentioned you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="250"/>
        <source>While you were offline, %1 took this conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="252"/>
        <source>While you were offline, %1 answered this conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="253"/>
        <source>Your note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="253"/>
        <source>Your reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="255"/>
        <source>Send it anyway, or keep it as a draft?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="256"/>
        <source>Send anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/team.py" line="257"/>
        <source>Keep as draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatePanel</name>
    <message>
        <location filename="../ui/reading/templates.py" line="42"/>
        <source>Send template</source>
        <translation type="unfinished">Send template</translation>
    </message>
    <message>
        <location filename="../ui/reading/templates.py" line="44"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/templates.py" line="45"/>
        <source>List this account&apos;s approved templates again from WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/templates.py" line="57"/>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/templates.py" line="118"/>
        <source>needed, e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/templates.py" line="119"/>
        <source>needed: the template cannot go without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/templates.py" line="130"/>
        <source>The account gives no text for this template: the customer reads what Meta approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/templates.py" line="133"/>
        <source>The customer reads:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewList</name>
    <message>
        <location filename="../ui/queue/views.py" line="52"/>
        <source>My views</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <location filename="../ui/queue/views.py" line="17"/>
        <source>Open</source>
        <translation type="unfinished">Open</translation>
    </message>
    <message>
        <location filename="../ui/queue/views.py" line="18"/>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/views.py" line="19"/>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/views.py" line="20"/>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/views.py" line="21"/>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/views.py" line="22"/>
        <source>Pending</source>
        <translation type="unfinished">Pending</translation>
    </message>
    <message>
        <location filename="../ui/queue/views.py" line="23"/>
        <source>Snoozed</source>
        <translation type="unfinished">Snoozed</translation>
    </message>
    <message>
        <location filename="../ui/queue/views.py" line="24"/>
        <source>Resolved</source>
        <translation type="unfinished">Resolved</translation>
    </message>
    <message>
        <location filename="../ui/queue/views.py" line="25"/>
        <source>All</source>
        <translation type="unfinished">All</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../ui/welcome.py" line="28"/>
        <source>Welcome to Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="30"/>
        <source>One queue for your Amazon buyer messages, Shopify store mail and WhatsApp chats, with the order beside every conversation. This workspace is new: add the accounts you answer from, or look around the demo first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="32"/>
        <source>Try the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="33"/>
        <source>Opens a second Desk on a demo shop with sample conversations; this workspace stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="34"/>
        <source>The demo runs on sandbox platforms on this computer: nothing reaches a real customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="37"/>
        <source>Add an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="66"/>
        <source>Amazon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="66"/>
        <source>Buyer messages through the relay mailbox, orders through the Selling Partner API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="67"/>
        <source>Shopify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="67"/>
        <source>Your store&apos;s contact mailbox, and orders through a Shopify app&apos;s credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="68"/>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="68"/>
        <source>WhatsApp Business through Meta&apos;s Cloud API and your webhook relay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="69"/>
        <source>Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="69"/>
        <source>Any other mailbox, over IMAP and SMTP.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workday</name>
    <message>
        <location filename="../ui/refusals.py" line="18"/>
        <source>That conversation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refusals.py" line="19"/>
        <source>Select a conversation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refusals.py" line="20"/>
        <source>Set your name in Settings first: conversations are assigned to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refusals.py" line="21"/>
        <source>No agent by that name. Add agents in Settings → General.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refusals.py" line="22"/>
        <source>That time has passed: choose a later one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refusals.py" line="23"/>
        <source>That time has no time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refusals.py" line="24"/>
        <source>A tag needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refusals.py" line="25"/>
        <source>Tags have at most 64 characters, no commas, and do not start with + or -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refusals.py" line="26"/>
        <source>A conversation cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refusals.py" line="27"/>
        <source>That conversation was already merged into another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refusals.py" line="28"/>
        <source>Only conversations of the same customer can be merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refusals.py" line="29"/>
        <source>An empty note was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refusals.py" line="30"/>
        <source>A view needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refusals.py" line="31"/>
        <source>Files cannot be added while the team server is away: the note was not added. Take the files off, or add it once Desk is back online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refusals.py" line="34"/>
        <source>The team server cannot be reached: this can be done once Desk is back online. Replies and notes written now are sent then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refusals.py" line="36"/>
        <source>Your login may not do this on the team database: ask the team&apos;s lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refusals.py" line="38"/>
        <source>The team server cannot be reached: this was not done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refusals.py" line="39"/>
        <source>The team server refused this login: this was not done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/refusals.py" line="40"/>
        <source>Desk could not verify the team server&apos;s certificate: this was not done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="56"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="140"/>
        <source>Nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workday.py" line="158"/>
        <source>Snoozed %n conversation(s) until %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workday.py" line="162"/>
        <source>%n conversation(s) unassigned.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workday.py" line="163"/>
        <source>Assigned %n conversation(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workday.py" line="165"/>
        <source>Resolved %n conversation(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workday.py" line="166"/>
        <source>Reopened %n conversation(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workday.py" line="167"/>
        <source>%n conversation(s) now wait for the customer.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workday.py" line="168"/>
        <source>Tags changed on %n conversation(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="169"/>
        <source>Merged: the messages are in one conversation now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="170"/>
        <source>Note added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="175"/>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="185"/>
        <source>Nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="191"/>
        <source>Undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="218"/>
        <source>In 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="218"/>
        <source>In 3 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="218"/>
        <source>Tomorrow morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="219"/>
        <source>In two days (morning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="219"/>
        <source>Next Monday morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="220"/>
        <source>In a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="225"/>
        <source>Until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="227"/>
        <source>Snooze until…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="230"/>
        <source>3h, 2d, 18:00 or 2026-12-24 09:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="240"/>
        <source>Me (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="241"/>
        <source>Nobody (unassigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="248"/>
        <source>Assign to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="248"/>
        <source>Type a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="262"/>
        <source>remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="262"/>
        <source>add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="269"/>
        <source>+ New tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="276"/>
        <source>Add or remove a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="277"/>
        <source>Type a tag; a new name creates it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="297"/>
        <source>This customer has no other conversation to merge with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="306"/>
        <source>Merge this conversation into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="312"/>
        <source>Linked conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="323"/>
        <location filename="../ui/workday.py" line="325"/>
        <source>Go to view: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="334"/>
        <source>Command palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="335"/>
        <source>Type an action or a view, in Chinese or English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="386"/>
        <source>Save this view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="387"/>
        <source>Name of the view (its filters and sort are kept):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="428"/>
        <source>same order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workday.py" line="428"/>
        <source>same customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../ui/app.py" line="253"/>
        <source>Desk cannot open this workspace</source>
        <translation>Desk cannot open this workspace</translation>
    </message>
</context>
</TS>
