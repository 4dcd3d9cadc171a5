<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_IN">
<context>
    <name>AadhaarValidator</name>
    <message>
        <source>Enter the Aadhaar number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Aadhaar number has only digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Aadhaar number has 12 digits; this has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Aadhaar number cannot start with 0 or 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Aadhaar number fails its check digit; look for a mistyped digit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Crego Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Crego Desk&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop client for the Crego lending API: leads, applicants, bank accounts, documents, credit lines and Excel reports.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressForm</name>
    <message>
        <source>A&amp;pplicant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address line &amp;1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House or building, street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address line &amp;2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area, locality (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Landmark:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. near the bus stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pi&amp;ncode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get City &amp;&amp; &amp;State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post &amp;office:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countr&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressRoutes</name>
    <message>
        <source>Pincode %1 is not in the sandbox&apos;s table.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressRules</name>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1 to %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use letters, digits, spaces and , . / # &amp; ( ) &apos; - only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address type; use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the house or building and street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the city or town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the state or union territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of India&apos;s states or union territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only addresses in India can be kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Cannot reach the server. Check the network connection and the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server took too long to answer. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s security certificate could not be verified, so the connection was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in is missing or has expired. Enter a new token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It no longer exists on the server; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conflicts with what is already on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept some of the values (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is busy with too many requests. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please correct: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicantForm</name>
    <message>
        <source>Entity &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As on the PAN card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relation with primary applicant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Spouse, Partner, Director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 digits, e.g. 98765 43210</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PAN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ABCPE1234F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GST&amp;IN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Businesses only, e.g. 27ABCPE1234F1Z5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aadhaar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last four digits (a full number is reduced to them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, e.g. Authorised Signatory, Shareholder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicantRoutes</name>
    <message>
        <source>The primary applicant cannot be deleted; mark another applicant as primary first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primary applicant could not be changed; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicantRules</name>
    <message>
        <source>Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sole proprietorship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limited liability partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hindu undivided family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the last four digits of the Aadhaar number (or all 12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the applicant&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name has 2 to 120 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an entity type; use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 4th letter of this PAN is %1 (%2), but the applicant is: %3 (expected %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a business has a GSTIN; clear it or change the entity type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the PAN too: a GSTIN carries its holder&apos;s PAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a date like 1985-04-23</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An applicant is 18 to 100 years old; this is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use male, female or other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at most 60 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags are a list of words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssetClass</name>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BankAccountForm</name>
    <message>
        <source>A&amp;pplicant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;holder name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the bank has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9 to 18 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm account number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IFSC:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. HDFC0000001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get IFSC &amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bank:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;ranch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BankAccountRules</name>
    <message>
        <source>Savings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdraft (OD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash credit (CC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name on the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name has 2 to 120 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an account type; use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BankRoutes</name>
    <message>
        <source>No bank branch has IFSC %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account number is already on this lead (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BorrowerTokenDialog</name>
    <message>
        <source>Borrower Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrower token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token the borrower signs in with, hidden until you choose Show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartSummary</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeText</name>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guarantor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to Crego</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crego preprod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a server address such as https://preprod.api.crego.io</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use https:// for %1; plain http:// is only allowed for this computer (loopback).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must start with https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateLeadDialog</name>
    <message>
        <source>New Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lead needs a program, the borrower&apos;s mobile number and the primary applicant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary mobile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant mobile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAN:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditLinePage</name>
    <message>
        <source>Credit line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding and paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delinquency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak DPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPA class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs and lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each program of this lead with its line: approved, operative, available, utilization, outstanding, DPD, NPA class, expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit line details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiles, utilization, outstanding against paid, delinquency and pricing of the selected line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal, interest, overdue and penal interest: outstanding, paid and due now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crego::Api::ApiProbe</name>
    <message>
        <source>decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: no lead to probe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crego::Api::ApiTransport</name>
    <message>
        <source>No server is configured.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crego::Api::ConnectionMonitor</name>
    <message>
        <source>Not connected yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reports it is not healthy (&quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s health check failed (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is turning requests away: too many at once (HTTP 429).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is failing requests (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crego::Api::ConventionProbe</name>
    <message>
        <source>conventions: the lead list did not answer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?lead= filter: unknown (no lead to try it on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?lead= filter: refused (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pagination: none (the whole list in one answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pagination: page numbers with current_page and page_size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pagination: cursor links, no count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pagination: page numbers (count and next links)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expand=programs, line_summary, times: unknown (no leads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expand=programs: honoured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expand=programs: ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line_summary: sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line_summary: not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times: ISO 8601 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times: epoch milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times: epoch seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times: unknown (no created_at)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?lead= filter: unknown (the lead has no bank accounts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?lead= filter: ignored (%1 of %2 bank accounts belong to other borrowers); the app asks per applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?lead= filter: honoured</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crego::Api::CregoClient</name>
    <message>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crego::App::ExportCommand</name>
    <message>
        <source>The export command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook to write (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads whose name, ref id or mobile match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead statuses, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPA classes, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads at least N days past due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads at most N days past due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --out FILE.xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is called %1; use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a number of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports a report to an Excel workbook: every lead matching the filters (all pages), one borrower&apos;s line report, or the portfolio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to export: leads, line LEAD (a ref ID or a lead id), or portfolio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leads|line|portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead list columns, comma-separated, in order: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead list: write mobile numbers in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line report: write bank account numbers in full (the workbook says so in its header).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to export: crego-desk export leads|line LEAD_ID|portfolio … --out FILE.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Saved as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 leads summed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads summed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1 No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crego::Models::DocumentUploadQueue</name>
    <message>
        <source>Cancelled; nothing was kept on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not uploaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crego::Models::ExportJob</name>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crego::Models::LeadDetailLoader</name>
    <message>
        <source>Not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the primary applicant and cannot be deleted; mark another applicant as primary first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primary applicant was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now the primary applicant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bank found no such account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name matches (%1%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name partly matches (%1%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name does not match (%1%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified %1 on %2: %3; name at the bank &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank account %1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank account %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crego::Models::LeadListExport</name>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1 No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported 1 lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crego::Models::LeadListModel</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPA class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No line yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 + %n more</source>
        <comment>other lines of the lead</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines: the amounts are all lines together, DPD and NPA class the worst line&apos;s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(a lead that could not be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not loaded — press F5 to try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These leads could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crego::Models::LineReportExport</name>
    <message>
        <source>the lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the programs and credit lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the applicants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bank accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Line Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 parts loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be loaded (%2). Load them again (Refresh) and export once they show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: the lead was closed. No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1 No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the line report of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crego::Models::OutstandingModel</name>
    <message>
        <source>Principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penal interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crego::Models::PortfolioBreakdownModel</name>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crego::Models::PortfolioExport</name>
    <message>
        <source>Exported the portfolio with 1 lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the portfolio with %1 leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposure by program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPD buckets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPA classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilization bands</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crego::Models::PortfolioModel</name>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPD bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90–100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crego::Models::RateStepModel</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crego::Models::RecordEditor</name>
    <message>
        <source>The form could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the marked fields; correct them and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept this record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1 Your entries are kept; save again when ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost before the server answered, so it may already have created this record. It was not sent again: press Check the List to see whether it is there before you save again. Your entries are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document is added by uploading its file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crego::Models::ServerLeadExport</name>
    <message>
        <source>Server Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s file… %1 received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not export the leads: %1 No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent something other than an Excel workbook; no file was written. Export without “Server export” to have Crego Desk write the workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1 could not be written (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the server&apos;s export (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crego::Models::SlabTableModel</name>
    <message>
        <source>Day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No upper bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crego::Sandbox::SandboxServer</name>
    <message>
        <source>Cannot listen on 127.0.0.1:%1; is the port in use?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No route for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication credentials were not provided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given token not valid for any token type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token is expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is briefly unavailable; retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update the lead summaries in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crego::Widgets::AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crego::Widgets::AddressForm</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>India Post has no pincode %1: check it, or type the city, district and state yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pincode could not be looked up (%1). Type the city, district and state yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of %1 post offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 · %3 post offices: choose one below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an applicant first: every address belongs to one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Address, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crego::Widgets::ApplicantForm</name>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;incorporation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a date like 23/04/1985</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crego::Widgets::BankAccountForm</name>
    <message>
        <source>Filled from the IFSC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No details for this IFSC: %1 You can type the bank and branch yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an applicant first: every account belongs to one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the account number again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two account numbers differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Bank Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank Account %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crego::Widgets::BorrowerTokenDialog</name>
    <message>
        <source>Issuing a token for %1. A borrower-facing app acts for this borrower with it until it expires. It is shown only here: copy it now, it is not kept anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token was issued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires %1 (in %2 h %3 min).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not say when it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in a minute if it still holds the token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crego::Widgets::ConnectionDialog</name>
    <message>
        <source>Sandbox (built in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crego preprod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: the server answered and accepted the token; %1 leads are visible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered, but: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the access token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crego::Widgets::CreateLeadDialog</name>
    <message>
        <source>Enter the applicant&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proprietorship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>98765 43210</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ABCPE1234F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the lead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead was not created. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find a program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No programs are known for this connection yet: load the lead list (View → Refresh), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a program from the list: “%1” is not one of this connection&apos;s programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer the program “%1” (any more): choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crego::Widgets::CreditLinePage</name>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used (principal outstanding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked (pending disbursal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding against paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the credit line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the credit line: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lead has no program yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilization %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used and blocked against the operative line: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line expiry: %1 · figures as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due amount %1 on %2 · excess payment %3 · disbursed %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subvention %1 (acknowledged %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashback available %1, released %2, adjusted %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holdback %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI slabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue ROI slabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penal ROI slabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate by days outstanding: from day, to day, rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crego::Widgets::DocumentForm</name>
    <message>
        <source>Anything a colleague should know: which months, who sent it, what to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Belongs to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crego::Widgets::DocumentPreview</name>
    <message>
        <source>&amp;Previous Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a document to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 looks like a picture but cannot be shown: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 × %3 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a PDF that cannot be shown; open it with the system viewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · the first 1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no preview for %1; open it with the system viewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected document&apos;s picture, PDF page or text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crego::Widgets::DocumentUploadDialog</name>
    <message>
        <source>&amp;Add Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files with Add Files… or drop them here: PDF, PNG, JPEG, TIFF or plain text, up to %1 each. Select a file to set its type, the record it belongs to and notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Documents to Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading one file at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n uploaded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot be uploaded (see why in the list)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not uploaded: Retry sends them again</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No files yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Uploading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file is still uploading. Stop it? Nothing of it is kept on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each file to upload: its name, type, the record it belongs to, its size and how far it has got</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crego::Widgets::DocumentsPanel</name>
    <message>
        <source>&amp;Upload Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload files to this lead; you can also drop files on this tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected document&apos;s type, name, notes or the record it belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected document with the system&apos;s viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the selected document to a file of your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show documents of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load this list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documents yet. Upload files, or drop them on this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documents belong to this record yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a document to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1 (%2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be fetched: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is still being fetched; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application on this computer opens %1; use Save As… instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 with the system viewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Document As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the document %1 (%2)? Its file is removed from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 record could not be read and is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records could not be read and are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The documents of this lead or of the record chosen above: type, name, size, status and when uploaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crego::Widgets::ExportDialog</name>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Saved as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crego::Widgets::ExportOptionsDialog</name>
    <message>
        <source>&amp;Choose File…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crego::Widgets::KeyboardShortcutsDialog</name>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search actions or keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each action with its keys and where it is found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crego::Widgets::LeadDetailPage</name>
    <message>
        <source>&lt;h2&gt;Loading…&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load this list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Lead not available&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No applicants yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bank accounts yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No addresses yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPA class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan origination (LOS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan management (LMS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service accounts unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent to any service yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service accounts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 record could not be read and is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records could not be read and are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify Bank Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the bank to confirm account %1 with a penny drop? The lender may be charged for each verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a bank account of one of the applicants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an applicant first: every bank account belongs to one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the primary applicant and cannot be deleted; mark another applicant as primary first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the applicant %1 from this lead, with their bank accounts, addresses and documents?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the bank account %1 (%2) of %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Bank Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied from the %1 address: check it, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the %1 address %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel &amp;Workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Line Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line report of %1: summary, programs, outstanding, dues, pricing, applicants, bank accounts, addresses and the list of documents, a sheet each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include full &amp;account numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otherwise only their last four digits are written. The workbook&apos;s header says which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full bank account numbers will be written into the workbook, and anyone who gets the file can read them. Include them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead is still loading; print it once everything shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line report — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line-report-%1-%2.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the loan origination system (LOS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the loan management system (LMS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the lead “%1” (%2) to %3 through %4?
The service receives the lead as the server holds it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — amounts below are all lines together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPD (worst line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPA class (worst line)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crego::Widgets::LeadListPage</name>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard (STD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-standard (SUB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doubtful (DBT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss (LOSS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading leads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No leads match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No leads match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leads could not be loaded.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply-chain finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio selection: the leads counted in “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(1 lead could not be read and is left out.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 leads could not be read and are left out.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leads-%1.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n leads of “%1” that the list shows (a portfolio drill-down).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;All columns, not only those shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server for its own workbook of these leads instead of writing one here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every lead — all pages, not only those loaded — in the columns shown and their order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every lead matching %1 — all pages, not only those loaded — in the columns shown and their order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in New &amp;Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server hands out its pages in order: more rows load as you scroll down.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crego::Widgets::MainWindow</name>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the token (it may have expired). Your work is kept; enter a new token to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working… (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out; the token was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Crego Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crego Desk closed before these forms were saved; reopen them as they were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Unsaved Forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore 1 unsaved form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1 unsaved forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away 1 unsaved form? What was typed in it cannot be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away %1 unsaved forms? What was typed in them cannot be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◐ Degraded — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ Offline — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last requests to the server worked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the lead “%1” (%2) with its applicants, bank accounts, documents and addresses? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not say whether this lead owes money or has an active line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lead has %1 outstanding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lead has an active line of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ Offline — showing data as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — the data shown is as of %1; this needs the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crego::Widgets::ModelBarChart</name>
    <message>
        <source>%1 — %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crego::Widgets::ModelPieChart</name>
    <message>
        <source>%1: %2 %3 (%4%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2% (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crego::Widgets::PortfolioPage</name>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposure by program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads by DPD bucket (worst line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPD bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads by asset class (most severe line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilization of the lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a program to list its leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Portfolio&lt;/b&gt; of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the leads and their credit lines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 leads loaded. Click a bar or slice to list its leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 leads: the figures cover only those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1 leads: %2 The figures cover only those; Reload to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of them have no credit line yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portfolio is still loading (%1 of %2 leads). Export it once it has loaded, so the workbook holds every lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The portfolio of %1: totals, exposure by program, DPD buckets, NPA classes, utilization bands, and the %n leads behind them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Leads sheet: only the %n leads of “%1”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The drill-down you opened last; the other sheets still cover the whole portfolio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portfolio-%1.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of the line used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crego::Widgets::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of menus, forms and exports; applied at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light or dark colours, or those of the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of the last export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the save dialog of every export opens; empty for the folder of the last export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the export folder in a folder dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many leads the lead list asks the server for at a time; more rows, fewer requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rows per page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no folder %1; choose one that exists, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crego::Widgets::RateStepChart</name>
    <message>
        <source>Rates by days outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on day %2: %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (same as ROI)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crego::Widgets::RecordForm</name>
    <message>
        <source>%1 (primary)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crego::Widgets::RecordFormDialog</name>
    <message>
        <source>Unsaved changes are kept as an encrypted draft until you save or discard them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain answered, so this form&apos;s draft is kept in memory only: if the app crashes, unsaved changes are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the &amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the lead&apos;s records again to see whether the server created this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead&apos;s records are loading again behind this form. If the record is there now, cancel this form; if not, save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from a draft of %1. Check the fields, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them, or discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already on lead &lt;a href=&quot;lead:%2&quot;&gt;%3&lt;/a&gt; (%4, applicant %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a lead to compare; you can still save this applicant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other leads could not be searched for this PAN and mobile just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: look at the possible duplicates below, then save again to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for this PAN and mobile on other leads…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crego::Widgets::TypeToConfirmDialog</name>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentRoutes</name>
    <message>
        <source>Not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the list with ?related_model_id= or ?lead=.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the document as multipart/form-data with a &quot;file&quot; part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file was submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The submitted file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 has id &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be saved; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only PDF, PNG, JPEG, TIFF and plain-text files are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document can only move to a record of the same lead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentRules</name>
    <message>
        <source>PAN card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aadhaar (masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GST certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income tax return (ITR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanction letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photograph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what kind of document this is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document type; use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name, such as the file&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at most 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name cannot contain / or \</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at most 1000 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the lead, an applicant or a bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the record this document belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; the server accepts files up to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file of type %2; only PDF, PNG, JPEG, TIFF and plain-text files can be uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DpdBucket</name>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMA-0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMA-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMA-2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>91+ days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-%2 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FaultInjector</name>
    <message>
        <source>latency_ms must be N or N-M milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auth_expire_after must be 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pagination must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GstinValidator</name>
    <message>
        <source>Enter the GSTIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A GSTIN has 15 characters; this has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A GSTIN starts with a state code such as 07 or 27; &quot;%1&quot; is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters 3 to 12 of a GSTIN are the holder&apos;s PAN: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A GSTIN ends with the entity number (1-9 or A-Z), the letter Z and a check character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last character of this GSTIN does not match its check character; look for a mistyped character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GSTIN carries PAN %1, not the applicant&apos;s PAN %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IfscDirectory</name>
    <message>
        <source>No bank uses the code %1; check the first four letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no branch %2; check the last six characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonField</name>
    <message>
        <source>integer %1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount %1 is not a number in range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>text is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON is nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number is malformed or out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON document is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object or an array at the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response is not JSON; it starts with &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected integer, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadColumns</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved line (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operative line (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available line (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPD (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPD bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPA class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadDetailPage</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in New Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Applicant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an applicant to this lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected applicant (or double-click it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected applicant the primary applicant of this lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Bank Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a bank account of one of the applicants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected bank account (or double-click it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penny-drop verification of the selected account with its bank (may cost money)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrower &amp;Token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a token a borrower-facing app can act with for this borrower; shown once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an address of one of the applicants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected address (or double-click it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Same Address as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new address of another type for the same applicant, copied from the selected one (e.g. permanent same as current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ocuments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected applicant&apos;s documents, and upload more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected account&apos;s documents (statements, cheques), and upload more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The borrower&apos;s line report as an Excel workbook or a PDF, or printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview, credit line, applicants, bank accounts, documents and addresses of this lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicants of this lead, the primary one marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank accounts of the applicants, numbers masked, with their verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The addresses of the applicants</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadListPage</name>
    <message>
        <source>Search by name, ref ID, mobile or PAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPA class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPD:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals and charts over every lead matching these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show All Matching Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds leads by name, ref ID, mobile or PAN as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One lead per row: name, ref ID, mobile, program, status, approved line, outstanding, DPD, NPA class, created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadListQuery</name>
    <message>
        <source>Cannot order by &quot;%1&quot;; use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number of days, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A valid integer of 1 or more is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadListWorkbook</name>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead list exported from Crego Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads: all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile numbers: in full, as the user chose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile numbers: masked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadRecordModels</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GSTIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aadhaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IFSC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pincode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak DPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPA class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No line yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ %1 (primary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Total of %n lines</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) worst</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadRoutes</name>
    <message>
        <source>Not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid pk &quot;%1&quot; - object does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lead needs at least one applicant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one applicant can be primary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead could not be saved; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead could not be deleted; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadServiceRoutes</name>
    <message>
        <source>Not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid choice; use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lead already has a %1 account (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead could not be sent; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token could not be issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crego sandbox (server export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineComponent</name>
    <message>
        <source>Principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penal interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineMetrics</name>
    <message>
        <source>The operative line (%1) is larger than the approved line (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The available line (%1) should be operative − principal outstanding − pending disbursal (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total paid (%1) is not the sum of principal, interest, overdue and penal paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total outstanding (%1) is not the sum of principal, interest, overdue and penal outstanding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak DPD (%1) is lower than current DPD (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired 1 day ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is on hold: no drawdowns until it is released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line has expired (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineReportDocument</name>
    <message>
        <source>Line report — %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1 · account numbers and Aadhaar: last four digits only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary applicant: %1 (%2), PAN %3, mobile %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aadhaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IFSC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (primary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used (principal outstanding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked (pending disbursal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilization %1% · DPD %2 (peak %3) · bucket %4 (%5) · NPA class %6 (%7) · expiry %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding against paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line report — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineReportWorkbook</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line report — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit line report of %1 (%2) exported from Crego Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account numbers: in full — the user chose to include them and confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account numbers: masked (last four digits); Aadhaar: last four digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary applicant: %1 (%2), PAN %3, mobile %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operative (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used — principal outstanding (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked — pending disbursal (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total outstanding (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPD (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak DPD (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPD bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPA class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due now (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due amount (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loans due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal due (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest due (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue interest due (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penal interest due (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excess payment (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disbursed (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending disbursal (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subvention (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subvention acknowledged (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashback available (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashback released (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashback adjusted (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holdback (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate or parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no upper bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GSTIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aadhaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation to primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IFSC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pincode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoanPricing</name>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue ROI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penal ROI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as ROI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By days outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% p.m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% p.a.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% per %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from day %2, no upper bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from day %2 to day %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenure counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenure starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days a month, %2 days a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest lock-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penal interest starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after the due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subvention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid to %1, used as %2, released at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; deduction %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holdback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of each disbursal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, returned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, not returned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Crego Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Crego Desk&lt;/h2&gt;&lt;p&gt;Leads, applicants and credit lines from the Crego lending API.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Crego Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Lead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Lead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Portfolio Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export what this tab shows to an Excel workbook: the lead list (all pages), a lead&apos;s line report, or the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the lead or portfolio tab in front (the lead list stays open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every shortcut of the app, searchable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language, theme, export folder and rows per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead list, the leads you opened and the portfolio, one tab each</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoneyFormatter</name>
    <message>
        <source>Cr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoneyParser</name>
    <message>
        <source>Enter an amount, for example 5,00,000 or 5 lakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount; use digits, for example 5,00,000 or 5 lakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has misplaced commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown unit &quot;%1&quot;: use k, lakh or crore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount has at most two decimal places (paise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is a fraction of a paisa; give at most two decimal places of rupees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageReader</name>
    <message>
        <source>expected a list or a page of results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page has no &quot;results&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortfolioPage</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals and the breakdowns of the portfolio, each as a chart and a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposure by program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per program: leads, approved, outstanding and available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortfolioSeeder</name>
    <message>
        <source>Seeding the demo portfolio failed; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortfolioWorkbook</name>
    <message>
        <source>Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio summary exported from Crego Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads of the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads of the portfolio in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile numbers: masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads: all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads without a credit line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of outstanding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordValidator</name>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1 to %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestBody</name>
    <message>
        <source>Unsupported media type &quot;%1&quot;; send application/json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON parse error - %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourceRoutes</name>
    <message>
        <source>Not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid pk &quot;%1&quot; - object does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record could not be saved; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the list with ?%1= or ?lead=.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record could not be deleted; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoiSlabTable</name>
    <message>
        <source>slab %1: rate %2 is not a valid percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slab %1 follows an open-ended slab; only the last slab may be open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slab %1: days cannot be negative (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slab %1 ends at day %2, not after the previous slab&apos;s day %3: slabs overlap or are out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number of days or &quot;inf&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxCommandLine</name>
    <message>
        <source>--%1 takes a probability from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port on 127.0.0.1 to listen on; 0 picks a free one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite file; created and seeded on first start, reused after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio size when seeding (1 to 100000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed for the demo data and the fault sequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bearer token to accept; a random one is printed when absent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added latency per response, fixed or a range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N[-M]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of requests answered 503 with Retry-After.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of connections closed mid-response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of responses with a truncated or non-JSON body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer 401 and rotate the token after N requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port takes a number from 0 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--leads takes a number from 1 to 100000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed takes a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--latency-ms takes N or N-M milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth-expire-after takes a number of requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behave like a stock Django REST Framework server: none of the sandbox&apos;s extensions, page-number pagination, nulls, decimal-string amounts, millisecond times, health behind the token, HTML error pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead list pagination: sandbox, page_number or cursor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STYLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--behave knows %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest document file accepted, in MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-upload-mb takes a number from 1 to 1024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock-server behaviours to switch on, comma-separated: omit_line_summary, omit_program_list, ignore_expand, ignore_unknown_filters, null_optionals, decimal_string_amounts, millisecond_timestamps, health_requires_token, html_errors, unreadable_records.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxDatabase</name>
    <message>
        <source>Cannot open the sandbox database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the sandbox schema: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the sandbox indexes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update the sandbox schema: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxRouter</name>
    <message>
        <source>Method &quot;%1&quot; not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No route for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockServer</name>
    <message>
        <source>Invalid page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableCopy</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected cells, to paste into Excel or a mail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validators</name>
    <message>
        <source>Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hindu undivided family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firm or LLP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limited liability partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Association of persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body of individuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artificial juridical person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the PAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PAN has 10 characters; this has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PAN is 5 letters, 4 digits and a letter, like ABCPE1234F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 4th letter of a PAN is the holder type (P, C, H, F, A, B, T, L, J, G); &quot;%1&quot; is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the IFSC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IFSC has 11 characters; this has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IFSC starts with the 4-letter bank code, like SBIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 5th character of an IFSC is always 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 6 characters of an IFSC are letters or digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the pincode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pincode has exactly 6 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pincode cannot start with 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mobile number has only digits (and an optional +91)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mobile number has 10 digits; this has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Indian mobile number starts with 6, 7, 8 or 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an email address, like name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account number has only digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account number has 9 to 18 digits; this has %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook could not be saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>command</name>
    <message>
        <source>Base URL of the API, e.g. https://preprod.api.crego.io</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variable holding the bearer token (default CREGO_TOKEN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a built-in sandbox started for the purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop client for the Crego lending API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves the Crego lending API on 127.0.0.1 from a seeded SQLite portfolio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the built-in sandbox server and work against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Crego Desk. You are connected to the built-in sandbox, a demo portfolio on this computer. Choose Crego preprod or your own server to work with real data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit once the lead list has painted its first rows (bench/run startup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the version of Crego Desk and of the Qt it runs on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2
Qt %3 (built with Qt %4)
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>probe</name>
    <message>
        <source>Walks the Crego API read-only and reports, per endpoint, whether its answer decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The probe command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 endpoints answered and decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conventions this server follows:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
