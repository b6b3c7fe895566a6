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
        <location filename="../ui/accounts/dialog.py" line="48"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="54"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="74"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="75"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="76"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="111"/>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="111"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="111"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="112"/>
        <source>IMAP server</source>
        <translation>IMAP server</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="112"/>
        <source>IMAP port</source>
        <translation>IMAP port</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="113"/>
        <source>IMAP security</source>
        <translation>IMAP security</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="113"/>
        <source>SMTP server</source>
        <translation>SMTP server</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="114"/>
        <source>SMTP port</source>
        <translation>SMTP port</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="114"/>
        <source>SMTP security</source>
        <translation>SMTP security</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="115"/>
        <source>Marketplace id</source>
        <translation>Marketplace id</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="115"/>
        <source>Orders API version</source>
        <translation>Orders API version</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="116"/>
        <source>LWA client id</source>
        <translation>LWA client id</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="116"/>
        <source>LWA client secret</source>
        <translation>LWA client secret</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="117"/>
        <source>Refresh token</source>
        <translation>Refresh token</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="117"/>
        <source>SP-API endpoint (optional)</source>
        <translation>SP-API endpoint (optional)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="118"/>
        <source>LWA endpoint (optional)</source>
        <translation>LWA endpoint (optional)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="118"/>
        <source>Shop domain</source>
        <translation>Shop domain</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="119"/>
        <source>App authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="119"/>
        <source>App client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="120"/>
        <source>App client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="121"/>
        <source>Admin access token (legacy custom app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="125"/>
        <source>Approved templates (name:language[:category])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="122"/>
        <source>Admin endpoint (optional)</source>
        <translation>Admin endpoint (optional)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="122"/>
        <source>Phone number id</source>
        <translation>Phone number id</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="123"/>
        <source>Graph API URL</source>
        <translation>Graph API URL</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="124"/>
        <source>Access token</source>
        <translation>Access token</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="124"/>
        <source>Relay URL</source>
        <translation>Relay URL</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="125"/>
        <source>Relay token</source>
        <translation>Relay token</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="126"/>
        <source>Trusted mail server (authserv-id, optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="127"/>
        <source>Verify DKIM signatures of Amazon/Shopify mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="128"/>
        <source>Name at the relay (set automatically)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="129"/>
        <source>Signature (added below every reply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="134"/>
        <source>Gmail, Outlook and Yahoo want an app password (made in the account&apos;s security settings, with two-step verification on), not your login password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="137"/>
        <source>Buyer messages: Amazon relays them to the mailbox you gave in Seller Central (Settings, Notification Preferences), from addresses like …@marketplace.amazon.com. Enter that mailbox&apos;s IMAP and SMTP servers; replies go back to the buyer&apos;s relay alias exactly as it wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="139"/>
        <source>Orders: your Selling Partner API app (Seller Central, Apps and Services, Develop Apps) gives the LWA client id and client secret; authorising it for your store gives the refresh token. The marketplace id is your store&apos;s (US: ATVPDKIKX0DER, UK: A1F83G8C2ARO7P, DE: A1PA6795UKMFR9, JP: A1VC38T7YXB528).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="142"/>
        <source>Customer mail: your store&apos;s contact mailbox (the sender e-mail in Shopify&apos;s Settings, Notifications), over IMAP and SMTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="144"/>
        <source>Orders: create an app in Shopify&apos;s Dev Dashboard with access to orders, customers and returns, install it on your store, and copy its client id and client secret. A legacy custom app gives an Admin API access token (shpat_…) instead. The shop domain is your-store.myshopify.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="147"/>
        <source>In Meta&apos;s App Dashboard (WhatsApp, API Setup): the phone number id (a long number, not the phone number itself), and a permanent access token of a system user with the whatsapp_business_messaging permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="148"/>
        <source>Relay URL and token: the webhook relay your team runs on a public host (desk relay), which Meta calls with new messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="149"/>
        <source>Templates: one per line, as approved in WhatsApp Manager: name:language[:category] = the approved text, with the order facts that fill its parameters, e.g. order_shipped:de:utility = Hallo {{customer_name}}, Ihre Bestellung {{order_id}} ist unterwegs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="152"/>
        <source>Any mailbox: its IMAP server (to read) and SMTP server (to answer), as the mail provider documents them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="162"/>
        <source>Some settings are missing or not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="163"/>
        <source>The platform refused the sign-in: check the user name and password (an app password for Gmail and Outlook), or the tokens and client secret; a token may have been revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="164"/>
        <source>No answer from the server: check the host name and port, and that this computer is online (a firewall or proxy may block it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="165"/>
        <source>The secure connection failed: check the security setting (TLS on ports 993 and 465, STARTTLS on 143 and 587) and the server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="166"/>
        <source>The platform is limiting requests right now; the settings may well be right. Test again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="167"/>
        <source>The platform answered but refused: the app or token may lack a permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="168"/>
        <source>The test failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="219"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="258"/>
        <source>stored in the keyring; type to replace</source>
        <translation>stored in the keyring; type to replace</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="302"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="307"/>
        <source>Testing…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="314"/>
        <source>Connected: the platform accepted these settings.</source>
        <translation>Connected: the platform accepted these settings.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/dialog.py" line="318"/>
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
    <name>Composer</name>
    <message>
        <location filename="../ui/reading/composer.py" line="148"/>
        <source>Write a reply… (type / for macros)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="158"/>
        <location filename="../ui/reading/composer.py" line="334"/>
        <location filename="../ui/reading/composer.py" line="339"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="160"/>
        <source>Send (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="161"/>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="162"/>
        <source>No response needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="164"/>
        <source>Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="165"/>
        <source>Attach files (or drop them on the reply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="170"/>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="186"/>
        <source>Send without these actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="253"/>
        <source>Write in %1, send in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="256"/>
        <source>Write in %1 (sent as written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="257"/>
        <source>Send as written in %1 (not the customer&apos;s language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="285"/>
        <source>Will be sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="285"/>
        <source>Back-translation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="292"/>
        <source>Signature added below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="326"/>
        <source>Send anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="348"/>
        <source>Inserts (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="352"/>
        <source>In your language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="352"/>
        <source>Machine translation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="364"/>
        <source>reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="364"/>
        <source>set pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="364"/>
        <source>resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reading/composer.py" line="369"/>
        <source>snooze %n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="371"/>
        <source>assign to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="372"/>
        <source>assign to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="373"/>
        <source>tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="374"/>
        <source>untag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="375"/>
        <source>When sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="391"/>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="418"/>
        <source>Take this file off the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="439"/>
        <source>Cost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/composer.py" line="440"/>
        <source>Meta&apos;s pricing category and the estimated price of this reply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationController</name>
    <message>
        <location filename="../ui/reading/controller.py" line="96"/>
        <source>Marked as needing no response: the SLA clock stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <location filename="../ui/reading/view.py" line="130"/>
        <source>Select a conversation in the queue.</source>
        <translation>Select a conversation in the queue.</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="182"/>
        <source>Message from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="197"/>
        <source>customer&apos;s time %1</source>
        <translation>customer&apos;s time %1</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="199"/>
        <source>order %1</source>
        <translation>order %1</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="205"/>
        <source>with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="209"/>
        <source>Escalated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="212"/>
        <source>Unverified sender: this mail may be forged. It claims Amazon or Shopify but failed authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="225"/>
        <source>WhatsApp window closed: templates only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="227"/>
        <source>WhatsApp window open %1h %2m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="231"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="231"/>
        <source>Internal note</source>
        <translation>Internal note</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="238"/>
        <source>Show everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="252"/>
        <source>Translation · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="256"/>
        <source>Translating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="263"/>
        <source>waiting to send</source>
        <translation>waiting to send</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="264"/>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="265"/>
        <source>delivered</source>
        <translation>delivered</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="266"/>
        <source>read</source>
        <translation>read</translation>
    </message>
    <message>
        <location filename="../ui/reading/view.py" line="267"/>
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
        <location filename="../ui/labels.py" line="47"/>
        <source>No translation: the provider cannot be reached (offline?). The original is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="48"/>
        <source>No translation: the provider&apos;s quota is used up. Try later or choose another provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="49"/>
        <source>No translation: the provider refused the API key. Check it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="50"/>
        <source>No translation: the provider failed. The original is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="58"/>
        <source>AI drafts are off, or no provider and model are set (Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="59"/>
        <source>No AI draft: the provider cannot be reached (offline, or the local server is not running).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="60"/>
        <source>No AI draft: the provider stopped answering. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="61"/>
        <source>No AI draft: the provider refused the API key. Check it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="62"/>
        <source>No AI draft: the provider&apos;s rate limit is reached. Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="63"/>
        <source>No AI draft: the provider refused the request (model name, length).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="64"/>
        <source>No AI draft: the provider failed. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="65"/>
        <source>No AI draft: the provider&apos;s content filter withheld it. Write this reply yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="66"/>
        <source>No AI draft: the provider answered with nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="73"/>
        <source>awaiting payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="74"/>
        <source>not shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="75"/>
        <source>partly shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="76"/>
        <source>shipped</source>
        <translation type="unfinished">shipped</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="77"/>
        <location filename="../ui/labels.py" line="92"/>
        <source>delivered</source>
        <translation type="unfinished">delivered</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="78"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="79"/>
        <source>cannot be fulfilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="80"/>
        <location filename="../ui/labels.py" line="103"/>
        <source>refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="81"/>
        <source>partly refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="89"/>
        <source>label created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="90"/>
        <source>in transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="91"/>
        <source>out for delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="93"/>
        <source>delivery problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="94"/>
        <source>returned to sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="101"/>
        <location filename="../ui/labels.py" line="111"/>
        <source>requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="102"/>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="104"/>
        <location filename="../ui/labels.py" line="116"/>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="112"/>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="113"/>
        <source>item received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="114"/>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="115"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="125"/>
        <source>return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="126"/>
        <source>returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="127"/>
        <source>order cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="128"/>
        <source>damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="129"/>
        <source>defective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="130"/>
        <source>changed their mind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="131"/>
        <source>no longer wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="132"/>
        <source>no longer needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="133"/>
        <source>not as described</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="134"/>
        <source>not as expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="135"/>
        <source>wrong size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="136"/>
        <source>too small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="137"/>
        <source>too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="138"/>
        <source>wrong item sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="139"/>
        <source>colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="140"/>
        <source>style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="141"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="142"/>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="171"/>
        <source>service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="172"/>
        <source>utility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="173"/>
        <source>marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="174"/>
        <source>authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="178"/>
        <source>%1 · free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="179"/>
        <source>%1 · about %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="191"/>
        <source>customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="192"/>
        <source>order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="193"/>
        <source>order date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="194"/>
        <source>order total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="195"/>
        <source>carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="196"/>
        <source>tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="197"/>
        <source>tracking link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="198"/>
        <source>refund amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="199"/>
        <source>return deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="200"/>
        <source>items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="201"/>
        <source>shop name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="202"/>
        <source>your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="203"/>
        <source>market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="211"/>
        <source>Amazon removes Orders API v0, which this account reads orders through, on %1: switch its Orders API version to 2026-01-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="213"/>
        <source>The platform answered with another API version than Desk asks for: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.py" line="87"/>
        <source>Opening workspace…</source>
        <translation>Opening workspace…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="113"/>
        <source>Accounts…</source>
        <translation>Accounts…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="115"/>
        <source>Conversation</source>
        <translation type="unfinished">Conversation</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="116"/>
        <source>Clear escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="117"/>
        <source>No response needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="118"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.py" line="121"/>
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.py" line="123"/>
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
        <location filename="../ui/notify.py" line="139"/>
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
        <location filename="../ui/queue/model.py" line="164"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="164"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="164"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="164"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="165"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="165"/>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="165"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="187"/>
        <source>Escalated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="189"/>
        <source>This mail claims to come from Amazon or Shopify but did not pass authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/model.py" line="209"/>
        <source>⚠ unverified: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../ui/queue/panel.py" line="60"/>
        <source>Search messages and customers…</source>
        <translation type="unfinished">Search messages and customers…</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="64"/>
        <source>Open</source>
        <translation type="unfinished">Open</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="65"/>
        <source>Pending</source>
        <translation type="unfinished">Pending</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="66"/>
        <source>Snoozed</source>
        <translation type="unfinished">Snoozed</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="67"/>
        <source>Resolved</source>
        <translation type="unfinished">Resolved</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="68"/>
        <source>All</source>
        <translation type="unfinished">All</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="72"/>
        <source>All channels</source>
        <translation type="unfinished">All channels</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="74"/>
        <source>E-mail</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="77"/>
        <source>All languages</source>
        <translation type="unfinished">All languages</translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="80"/>
        <source>⚠ Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/panel.py" line="81"/>
        <source>Only conversations triage escalated</source>
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
        <location filename="../ui/reading/assist.py" line="67"/>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="67"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="67"/>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="67"/>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="68"/>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="68"/>
        <source>Italian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="68"/>
        <source>Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="160"/>
        <source>Proposed reply from “%1”: check it, then Ctrl+Enter to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="237"/>
        <source>Sent. The macro also snoozes the conversation, which this Desk cannot do yet: snooze it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="238"/>
        <source>Sent. The macro assigns the conversation to you: set your name in Settings so it can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="239"/>
        <source>Sent. One of the macro&apos;s actions was not taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="252"/>
        <source>Check the warnings, then click Send anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="254"/>
        <source>Not sent: the translation is not available now. Your text stays here. Try again later, or choose the language you wrote it in to send it as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="255"/>
        <source>Not sent: this reply breaks the platform&apos;s rules. Change what is marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="256"/>
        <source>Not sent: this conversation was imported from an archive and has no mailbox to answer from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="257"/>
        <source>Nothing to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="258"/>
        <source>Not sent: the platform would refuse the attached files (%1). Take them off or choose others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="259"/>
        <source>Not sent: the template needs a value for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="291"/>
        <source>Not attached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/assist.py" line="305"/>
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
        <location filename="../ui/settings_dialog.py" line="118"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="130"/>
        <source>Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="131"/>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="133"/>
        <source>Automatic replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="134"/>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="201"/>
        <location filename="../ui/settings_dialog.py" line="210"/>
        <source>stored in the system keyring; leave empty to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="156"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="124"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="129"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="132"/>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="135"/>
        <source>AI drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="136"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="155"/>
        <source>I read and write in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="157"/>
        <source>Warn before a breach (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="158"/>
        <source>Offer AI drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="159"/>
        <source>Chat API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="160"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="161"/>
        <source>Send customers&apos; e-mail and phone to a cloud provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="162"/>
        <source>Let AI drafts go out automatically where a rule allows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="163"/>
        <source>Give up after (seconds without words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="164"/>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="165"/>
        <source>Longest draft (tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="166"/>
        <source>Team database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="167"/>
        <source>Team server&apos;s CA certificate (PEM file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="168"/>
        <source>Keep offline the team&apos;s conversations of the last (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="169"/>
        <source>Tell colleagues I am here every (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="170"/>
        <source>Notify me of new customer messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="171"/>
        <source>Notify me before a breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="172"/>
        <source>Play a sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="173"/>
        <source>Quiet hours (e.g. 22:00-08:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="188"/>
        <source>LibreTranslate URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="188"/>
        <source>Microsoft region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="189"/>
        <source>MyMemory e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="202"/>
        <location filename="../ui/settings_dialog.py" line="211"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="203"/>
        <source>Keys never leave this computer&apos;s keyring; Google and MyMemory need none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="212"/>
        <source>Optional. Desk stays fully useful without it: drafts from OpenAI-compatible providers, cloud or on this computer (Ollama, llama.cpp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="248"/>
        <source>Agents that conversations are routed to, by the languages they speak:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="311"/>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="218"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="218"/>
        <source>Hours to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="222"/>
        <source>Amazon counts 24 hours through weekends and holidays; WhatsApp allows free text for 24 hours after the customer&apos;s last message. Mail and Shopify targets are set per account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="233"/>
        <source>Propose a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="233"/>
        <source>Send automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="235"/>
        <source>Automatic replies never go out when the policy check objects, when the order facts are missing, or when the customer is escalated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="245"/>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="245"/>
        <source>Languages (de,en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="246"/>
        <source>Skills (escalation,complaint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="154"/>
        <source>My name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="260"/>
        <source>Add term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="262"/>
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
    <name>TemplatePanel</name>
    <message>
        <location filename="../ui/reading/templates.py" line="29"/>
        <source>Send template</source>
        <translation type="unfinished">Send template</translation>
    </message>
    <message>
        <location filename="../ui/reading/templates.py" line="41"/>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/templates.py" line="89"/>
        <source>needed: the template cannot go without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reading/templates.py" line="109"/>
        <source>The customer reads:</source>
        <translation type="unfinished"></translation>
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
    <name>window</name>
    <message>
        <location filename="../ui/app.py" line="200"/>
        <source>Desk cannot open this workspace</source>
        <translation>Desk cannot open this workspace</translation>
    </message>
</context>
</TS>
