// The sandbox's stand-in for a Tavus call room. It holds no token and calls no API: "Leave call"
// asks the page that frames it (the demo) to end the conversation, which makes the sandbox send
// its end callbacks.
const LEAVE = 'tavus-sandbox:leave';
const ENDED = 'tavus-sandbox:ended';

const conversationId = decodeURIComponent(location.pathname.replace(/\/+$/, '').split('/').pop() || '');
const replica = document.getElementById('replica');
const message = document.getElementById('message');
const leave = document.getElementById('leave');
const camera = document.getElementById('camera');
const selfView = document.getElementById('self-view');
const framed = window.parent !== window;

document.getElementById('conversation-id').textContent = conversationId;
document.title = `Sandbox call ${conversationId}`;

function ended() {
  replica.classList.remove('speaking');
  replica.setAttribute('aria-label', 'Simulated replica (the call has ended)');
  leave.disabled = true;
  message.textContent = 'The call has ended.';
  if (selfView.srcObject) {
    selfView.srcObject.getTracks().forEach((track) => track.stop());
    selfView.srcObject = null;
    selfView.hidden = true;
  }
}

leave.addEventListener('click', () => {
  if (framed) {
    window.parent.postMessage({ type: LEAVE, conversationId }, location.origin);
    message.textContent = 'Leaving: the demo page ends the conversation…';
  } else {
    message.textContent = `To end the call, send POST /tavus-api-calls/conversations/${conversationId}/end/ with your token, `
      + 'or open this conversation from the demo page.';
  }
});

window.addEventListener('message', (event) => {
  if (event.origin !== location.origin || event.source !== window.parent) return;
  if (event.data && event.data.type === ENDED && event.data.conversationId === conversationId) ended();
});

camera.addEventListener('click', async () => {
  if (selfView.srcObject) return;
  if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
    message.textContent = 'This browser offers no camera here (it needs https or localhost).';
    return;
  }
  try {
    selfView.srcObject = await navigator.mediaDevices.getUserMedia({ video: true, audio: false });
    selfView.hidden = false;
    camera.disabled = true;
    message.textContent = 'Your camera is on, only in this page: the sandbox sends it nowhere.';
  } catch (error) {
    message.textContent = `No camera: ${error.message || error.name}.`;
  }
});
